import type { K6MetricType, K6MetricValues, K6ValueType } from '../../../../shared/k6/k6Types';
import type { K6ImportedCheck, K6ImportedMetric, K6ImportedThreshold } from './k6SummaryTypes';

/** Readers for the loosely typed JSON of a summary: anything unexpected reads as absent. */

export type JsonObject = Record<string, unknown>;

const METRIC_TYPES: readonly K6MetricType[] = ['counter', 'gauge', 'rate', 'trend'];
const VALUE_TYPES: readonly K6ValueType[] = ['default', 'time', 'data'];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): JsonObject | null {
  if (!isObject(value)) return null;
  const inner = value[key];
  return isObject(inner) ? inner : null;
}

/** A count or value k6 could have written: Go's JSON encoder refuses infinities, so 1e400 is not one. */
export function finiteNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function metricType(value: unknown): K6MetricType | null {
  return METRIC_TYPES.find((type) => type === value) ?? null;
}

export function valueType(value: unknown): K6ValueType | null {
  return VALUE_TYPES.find((type) => type === value) ?? null;
}

/** The finite numbers of an object, other keys dropped. */
export function numericEntries(source: JsonObject): K6MetricValues {
  const values: K6MetricValues = {};
  for (const [key, value] of Object.entries(source)) {
    const number = finiteNumber(value);
    if (number !== null) values[key] = number;
  }
  return values;
}

export function emptyMetric(): K6ImportedMetric {
  return { type: null, contains: null, values: {}, thresholds: [] };
}

export function readCheck(source: unknown, fallbackPath: string): K6ImportedCheck | null {
  if (!isObject(source)) return null;
  const path = typeof source.path === 'string' ? source.path : fallbackPath;
  return { path, passes: finiteNumber(source.passes) ?? 0, fails: finiteNumber(source.fails) ?? 0 };
}

export function countFailed(metrics: Record<string, K6ImportedMetric>): number {
  let failed = 0;
  for (const metric of Object.values(metrics)) {
    failed += metric.thresholds.filter((threshold: K6ImportedThreshold) => !threshold.ok).length;
  }
  return failed;
}
