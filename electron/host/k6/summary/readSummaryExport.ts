import type { K6MetricType, K6MetricValues } from '../../../../shared/k6/k6Types';
import { checksOfRootGroup } from './groupChecks';
import type { K6ImportedMetric, K6ImportedSummary, K6ImportedThreshold } from './k6SummaryTypes';
import { countFailed, isObject, type JsonObject, numericEntries } from './summaryFields';

/**
 * The legacy `--summary-export` file: each metric's values flat beside `thresholds: {expr: bool}`, where
 * `true` means the threshold FAILED. It names no metric type; k6's exporter writes a distinct set of
 * keys per type, so the type is read from them, and a rate's fraction (written `value`) is renamed `rate`.
 */
export function readSummaryExport(document: JsonObject, metricsSource: JsonObject): K6ImportedSummary {
  const metrics: Record<string, K6ImportedMetric> = {};
  for (const [name, source] of Object.entries(metricsSource)) {
    if (!isObject(source)) continue;
    const flat = numericEntries(source);
    const type = typeFromKeys(flat);
    metrics[name] = {
      type,
      contains: null,
      values: type === 'rate' ? renameRateFraction(flat) : flat,
      thresholds: thresholdsOf(source.thresholds),
    };
  }
  return {
    format: 'summary-export',
    metrics,
    checks: checksOfRootGroup(document.root_group),
    testDurationMs: null,
    thresholdsFailed: countFailed(metrics),
    testPassed: null,
  };
}

function typeFromKeys(values: K6MetricValues): K6MetricType | null {
  const has = (key: string) => Object.hasOwn(values, key);
  if (has('passes') && has('fails')) return 'rate';
  if (has('avg') || has('med') || Object.keys(values).some((key) => key.startsWith('p('))) return 'trend';
  if (has('count')) return 'counter';
  if (has('value')) return 'gauge';
  return null;
}

function renameRateFraction(values: K6MetricValues): K6MetricValues {
  const { value, ...rest } = values;
  return value === undefined ? rest : { ...rest, rate: value };
}

function thresholdsOf(source: unknown): K6ImportedThreshold[] {
  if (!isObject(source)) return [];
  const thresholds: K6ImportedThreshold[] = [];
  for (const [expression, failed] of Object.entries(source)) {
    if (typeof failed === 'boolean') thresholds.push({ expression, ok: !failed });
  }
  return thresholds;
}
