import { isJsonObject, type JsonObject } from './jsonFields';

/** The input is not a Grafana dashboard; the message says why. */
export class NotAGrafanaDashboardError extends Error {
  override name = 'NotAGrafanaDashboardError';
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : `a ${typeof value}`;
}

function holdsPanels(value: JsonObject): boolean {
  return Array.isArray(value.panels) || Array.isArray(value.rows);
}

/**
 * The dashboard object in what Grafana gives: the dashboard itself (Export → JSON), the HTTP API's
 * `{ dashboard, meta }`, or a v1 resource's `{ kind: "Dashboard", spec }` (Grafana 12).
 */
export function grafanaDashboardRoot(json: unknown): JsonObject {
  if (!isJsonObject(json)) {
    throw new NotAGrafanaDashboardError(`expected a Grafana dashboard, a JSON object; got ${describe(json)}`);
  }
  if (holdsPanels(json)) return json;
  for (const wrapper of ['dashboard', 'spec']) {
    const inner = json[wrapper];
    if (isJsonObject(inner) && holdsPanels(inner)) return inner;
    if (isJsonObject(inner) && isJsonObject(inner.elements) && isJsonObject(inner.layout)) {
      throw new NotAGrafanaDashboardError(
        'a Grafana v2 dashboard resource (elements and layout); export it from Grafana in the classic JSON model',
      );
    }
  }
  throw new NotAGrafanaDashboardError(
    'no panels: a Grafana dashboard lists them under "panels" (or "rows" before schema version 16)',
  );
}
