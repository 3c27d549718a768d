import { MAX_PANELS_PER_ROW, MAX_ROWS } from '../../../../shared/workspace/dashboardSchema';
import type { ImportedPanel, ImportedRow, ImportNotes } from './importedDashboard';
import { MAX_TITLE_CHARS } from './titles';

/** "Traffic" continued as "Traffic (2)", kept within a title's length. */
function continuedTitle(title: string, part: number): string {
  const suffix = ` (${part})`;
  return `${title.slice(0, MAX_TITLE_CHARS - suffix.length).trimEnd()}${suffix}`;
}

/** A row's panels, split into rows of at most 12; an empty row is left out. */
export function splitRow(title: string, panels: ImportedPanel[], notes: ImportNotes): ImportedRow[] {
  const rows: ImportedRow[] = [];
  for (let start = 0; start < panels.length; start += MAX_PANELS_PER_ROW) {
    const part = rows.length + 1;
    rows.push({
      title: part === 1 ? title : continuedTitle(title, part),
      panels: panels.slice(start, start + MAX_PANELS_PER_ROW),
    });
  }
  if (rows.length > 1) {
    notes.warnings.push(
      `row "${title}" has ${panels.length} panels; Warroom rows hold ${MAX_PANELS_PER_ROW}, so it became ${rows.length} rows`,
    );
  }
  return rows;
}

/** The first 20 rows; the panels of any further row are noted as skipped. */
export function keepRowLimit(rows: ImportedRow[], notes: ImportNotes): ImportedRow[] {
  for (const row of rows.slice(MAX_ROWS)) {
    for (const panel of row.panels) {
      notes.skipped.push({
        panel: panel.title,
        reason: `in row ${MAX_ROWS + 1} or later; a Warroom dashboard holds ${MAX_ROWS} rows`,
      });
    }
  }
  return rows.slice(0, MAX_ROWS);
}
