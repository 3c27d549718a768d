import type { K6MetricValues } from '../../../../shared/k6/k6Types';
import type { K6ImportedCheck, K6ImportedMetric, K6ImportedSummary } from './k6SummaryTypes';
import {
  finiteNumber,
  isObject,
  type JsonObject,
  metricType,
  numericEntries,
  objectAt,
  readCheck,
  valueType,
} from './summaryFields';

const MS_PER_SECOND = 1000;

/**
 * k6's machine-readable summary 1.0 (grafana/k6-summary `schemas/summary/1.0.0`): `results.metrics` is a
 * list of `{name, type, contains, values}`, `results.checks.{metrics, results[{name, passes, fails}]}`,
 * `config.duration` in seconds, `results.passed`. It carries no thresholds and no groups.
 */
export function readSummaryV1(
  document: JsonObject,
  results: JsonObject,
  metricList: unknown[],
): K6ImportedSummary {
  const metrics: Record<string, K6ImportedMetric> = {};
  const checks = objectAt(results, 'checks');
  for (const source of [...metricList, ...listOf(checks?.metrics)]) {
    if (!isObject(source) || typeof source.name !== 'string') continue;
    const type = metricType(source.type);
    const values = numericEntries(objectAt(source, 'values') ?? {});
    metrics[source.name] = {
      type,
      contains: valueType(source.contains),
      values: type === 'rate' ? rateCounts(values) : values,
      thresholds: [],
    };
  }
  const durationSeconds = finiteNumber(objectAt(document, 'config')?.duration);
  return {
    format: 'summary-v1',
    metrics,
    checks: checksOf(checks),
    testDurationMs: durationSeconds === null ? null : durationSeconds * MS_PER_SECOND,
    thresholdsFailed: 0,
    testPassed: typeof results.passed === 'boolean' ? results.passed : null,
  };
}

/** The schema's rates count `matches` of `total`; the other shapes say `passes` and `fails`. */
function rateCounts(values: K6MetricValues): K6MetricValues {
  const { matches, total, ...rest } = values;
  if (matches === undefined || total === undefined) return values;
  return { ...rest, passes: matches, fails: total - matches };
}

/** `results`, or `orderedChecks` as the schema's early examples name the list. */
function checksOf(checks: JsonObject | null): K6ImportedCheck[] {
  const list = listOf(checks?.results ?? checks?.orderedChecks);
  const read: K6ImportedCheck[] = [];
  for (const source of list) {
    const name = isObject(source) && typeof source.name === 'string' ? source.name : null;
    const check = name === null ? null : readCheck(source, name);
    if (check) read.push(check);
  }
  return read;
}

/** A list, or the values of an object keyed by role as the early examples write `checks.metrics`. */
function listOf(collection: unknown): unknown[] {
  if (Array.isArray(collection)) return collection;
  return isObject(collection) ? Object.values(collection) : [];
}
