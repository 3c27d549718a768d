/**
 * A table of HTML cells: text a person typed must have gone through escapeHtml already. `className`
 * styles it; a row is cells, or cells with the `<tr>` attributes it needs (an id, a class).
 */
export interface HtmlRow {
  cells: readonly string[];
  attributes: string;
}

export function htmlTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[] | HtmlRow>,
  className = '',
): string {
  const parts = [className === '' ? '<table>' : `<table class="${className}">`, '<thead><tr>'];
  for (const header of headers) parts.push(`<th>${header}</th>`);
  parts.push('</tr></thead><tbody>');
  for (const row of rows) {
    const { cells, attributes } = 'cells' in row ? row : { cells: row, attributes: '' };
    parts.push(attributes === '' ? '<tr>' : `<tr ${attributes}>`);
    for (const cell of cells) parts.push(`<td>${cell}</td>`);
    parts.push('</tr>');
  }
  parts.push('</tbody></table>');
  return parts.join('');
}

/** A list of facts: `<dl>` of term and description pairs, descriptions already HTML. */
export function factList(facts: ReadonlyArray<readonly [term: string, description: string]>): string {
  return `<dl class="facts">${facts.map(([term, description]) => `<dt>${term}</dt><dd>${description}</dd>`).join('')}</dl>`;
}
