import { panelSchema } from '../../../../shared/workspace/panelSchema';
import { grafanaRows } from './dashboardLayout';
import { warroomRefresh } from './dashboardRefresh';
import { grafanaDashboardRoot } from './dashboardRoot';
import { datasourceResolver } from './datasources';
import type { GrafanaImport, ImportedPanel, ImportedRow, ImportNotes } from './importedDashboard';
import { type JsonObject, numberAt, stringAt } from './jsonFields';
import { withLibraryModel } from './libraryPanels';
import { convertPanel, type PanelContext } from './panelConversion';
import { panelIdAllocator } from './panelIds';
import { keepRowLimit, splitRow } from './rowLimits';
import { oneLineTitle } from './titles';

export { NotAGrafanaDashboardError } from './dashboardRoot';

/** The title of a dashboard Grafana saved without one. */
const UNTITLED_DASHBOARD = 'Imported from Grafana';

/** A panel's title, or "Panel 7" (its Grafana id) for an untitled one; a long one is shortened, with a note. */
function panelTitle(panel: JsonObject, index: number, notes: ImportNotes): string {
  const written = stringAt(panel, 'title')?.trim() ?? '';
  const title = oneLineTitle(written);
  if (title === null) {
    const named = `Panel ${numberAt(panel, 'id') ?? index + 1}`;
    notes.warnings.push(`an untitled panel is called "${named}"`);
    return named;
  }
  if (title.endsWith('…') && !written.endsWith('…')) notes.warnings.push(`"${title}": title shortened`);
  return title;
}

/** The converted panel as warroom.yaml checks it; a panel it would refuse is noted as skipped instead. */
function fitsWorkspace(panel: ImportedPanel, notes: ImportNotes): boolean {
  const parsed = panelSchema.safeParse(panel);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  if (issue === undefined) return true;
  const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  notes.skipped.push({
    panel: panel.title,
    reason: `warroom.yaml would refuse it: ${path.slice(1)}: ${issue.message}`,
  });
  return false;
}

/**
 * A Grafana dashboard's Prometheus panels as a warroom.yaml `dashboard:` section, with what was
 * left out and why. `json` is the parsed file: the dashboard, or the API's `{ dashboard, meta }`.
 * Throws NotAGrafanaDashboardError when it is not a dashboard at all.
 */
export function convertGrafanaDashboard(json: unknown): GrafanaImport {
  const root = grafanaDashboardRoot(json);
  const notes: ImportNotes = { skipped: [], warnings: [] };
  const title = oneLineTitle(stringAt(root, 'title')) ?? UNTITLED_DASHBOARD;
  const context: PanelContext = { resolveSource: datasourceResolver(root), notes };
  const nextId = panelIdAllocator();
  const rows: ImportedRow[] = grafanaRows(root).flatMap((row) => {
    const panels = row.panels.flatMap((grafanaPanel, index): ImportedPanel[] => {
      const panel = withLibraryModel(grafanaPanel, root);
      const name = panelTitle(panel, index, notes);
      const converted = convertPanel(panel, name, context);
      if (converted === null) return [];
      const imported = { id: nextId(name), ...converted };
      return fitsWorkspace(imported, notes) ? [imported] : [];
    });
    return splitRow(oneLineTitle(row.title ?? undefined) ?? title, panels, notes);
  });
  const kept = keepRowLimit(rows, notes);
  return {
    dashboard: { title, refresh: warroomRefresh(root.refresh, notes), rows: kept },
    converted: kept.reduce((count, row) => count + row.panels.length, 0),
    ...notes,
  };
}
