/**
 * A GitHub-flavoured table. Cells are Markdown already: text a person typed must have gone through
 * cellText or codeCell, which keep `|` and line breaks inside the cell.
 */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
