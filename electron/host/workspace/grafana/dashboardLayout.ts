import { type JsonObject, numberAt, objectAt, objectsAt, stringAt } from './jsonFields';

/** A Grafana row and the panels in it, in the order the dashboard shows them. */
export interface GrafanaRow {
  /** The row's title; null for panels above the first row, or a row that shows no title. */
  title: string | null;
  panels: JsonObject[];
}

function byPosition(a: JsonObject, b: JsonObject): number {
  const at = (panel: JsonObject, key: 'x' | 'y') => numberAt(objectAt(panel, 'gridPos'), key) ?? 0;
  return at(a, 'y') - at(b, 'y') || at(a, 'x') - at(b, 'x');
}

/**
 * Since schema version 16 the panels lie on a grid: a `row` panel starts a row, which holds the
 * panels below it until the next row, or, when collapsed, the panels nested in it.
 */
function gridRows(panels: JsonObject[]): GrafanaRow[] {
  const rows: GrafanaRow[] = [{ title: null, panels: [] }];
  for (const panel of [...panels].sort(byPosition)) {
    if (stringAt(panel, 'type') === 'row') {
      const nested = objectsAt(panel, 'panels').sort(byPosition);
      rows.push({ title: stringAt(panel, 'title') ?? null, panels: nested });
    } else {
      rows[rows.length - 1]?.panels.push(panel);
    }
  }
  return rows.filter((row) => row.panels.length > 0);
}

/** Before schema version 16 a dashboard is a list of rows, each with its panels, left to right. */
function legacyRows(rows: JsonObject[]): GrafanaRow[] {
  return rows.map((row) => ({
    title: row.showTitle === false ? null : (stringAt(row, 'title') ?? null),
    panels: objectsAt(row, 'panels'),
  }));
}

/** The dashboard's rows of panels, modern or legacy. */
export function grafanaRows(dashboard: JsonObject): GrafanaRow[] {
  return Array.isArray(dashboard.panels)
    ? gridRows(objectsAt(dashboard, 'panels'))
    : legacyRows(objectsAt(dashboard, 'rows'));
}
