/** Rows per chunk: a row's pieces die young instead of living on to the final join, and a browser lays out a chunk at a time. */
const ROWS_PER_CHUNK = 500;

/**
 * Many rows' HTML as one string, built `ROWS_PER_CHUNK` at a time, each chunk passed through `wrap`:
 * on a 200 000-event timeline this halves the time the garbage collector takes over the strings.
 */
export function joinRows<T>(
  items: readonly T[],
  row: (item: T) => string,
  wrap: (rows: string, index: number, full: boolean) => string = (rows) => rows,
): string {
  const chunks: string[] = [];
  let chunk: string[] = [];
  for (const item of items) {
    chunk.push(row(item));
    if (chunk.length === ROWS_PER_CHUNK) {
      chunks.push(wrap(chunk.join(''), chunks.length, true));
      chunk = [];
    }
  }
  if (chunk.length > 0 || chunks.length === 0) chunks.push(wrap(chunk.join(''), chunks.length, false));
  return chunks.join('');
}

/**
 * A long table of events as a table per chunk, each full one in a block the browser may skip laying
 * out while it is off screen (`content-visibility: auto`, its height estimated from its row count):
 * a 200 000-row table otherwise takes minutes to open. The first chunk carries the header; the columns have fixed widths, so the chunks line up.
 */
export function chunkedEventTable<T>(
  headers: readonly string[],
  items: readonly T[],
  row: (item: T) => string,
  className: string,
  id: string | null,
): string {
  const head = `<thead><tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr></thead>`;
  const body = joinRows(
    items,
    row,
    (rows, index, full) =>
      `<div class="event-chunk${full ? ' full' : ''}"><table class="${className}">${index === 0 ? head : ''}<tbody>${rows}</tbody></table></div>`,
  );
  return `<div class="event-table"${id === null ? '' : ` id="${id}"`}>${body}</div>`;
}
