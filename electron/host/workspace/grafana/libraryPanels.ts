import { isJsonObject, type JsonObject, objectAt, stringAt } from './jsonFields';

/**
 * A library panel as the dashboard uses it: `{ libraryPanel: { uid, name } }`, its model kept in the
 * export's `__elements` (Grafana 9+). The panel's own fields, such as its place, win over the model's.
 */
export function withLibraryModel(panel: JsonObject, dashboard: JsonObject): JsonObject {
  const uid = stringAt(objectAt(panel, 'libraryPanel'), 'uid');
  if (uid === undefined) return panel;
  const model = objectAt(objectAt(objectAt(dashboard, '__elements'), uid), 'model');
  return isJsonObject(model) ? { ...model, ...panel } : panel;
}
