/** Reading a Grafana dashboard's JSON, which is untyped: each accessor returns a value of the kind asked for, or nothing. */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  const field = isJsonObject(value) ? value[key] : undefined;
  return isJsonObject(field) ? field : undefined;
}

/** The objects listed under `key`; anything else in the list is left out. */
export function objectsAt(value: unknown, key: string): JsonObject[] {
  const field = isJsonObject(value) ? value[key] : undefined;
  return Array.isArray(field) ? field.filter(isJsonObject) : [];
}

export function stringAt(value: unknown, key: string): string | undefined {
  const field = isJsonObject(value) ? value[key] : undefined;
  return typeof field === 'string' ? field : undefined;
}

export function numberAt(value: unknown, key: string): number | undefined {
  const field = isJsonObject(value) ? value[key] : undefined;
  return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}
