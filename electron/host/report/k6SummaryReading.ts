import type { JournalEvent } from '../../../shared/journalTypes';
import type { K6KeyMetrics, K6SummaryFigures, K6ThresholdVerdict } from '../../../shared/report/reportK6';
import { booleanField, numberField, recordField, recordsField, stringField } from './payloadFields';

/** Reads a k6.summary event's payload (see k6/summary/journalSummaryPayload.ts) into report figures. */
export function k6SummaryFigures(event: JournalEvent): K6SummaryFigures {
  const { payload } = event;
  const metrics = recordsField(payload, 'metrics');
  const thresholds = metrics.flatMap((metric): K6ThresholdVerdict[] =>
    recordsField(metric, 'thresholds').map((threshold) => ({
      metric: stringField(metric, 'name') ?? '',
      expression: stringField(threshold, 'expression') ?? '',
      ok: booleanField(threshold, 'ok') === true,
      observed: numberField(threshold, 'observed'),
    })),
  );
  const checks = recordsField(payload, 'checks').map((check) => ({
    path: stringField(check, 'path') ?? '',
    passes: numberField(check, 'passes') ?? 0,
    fails: numberField(check, 'fails') ?? 0,
  }));
  return {
    source: stringField(payload, 'source') ?? '',
    format: stringField(payload, 'format') ?? '',
    testDurationMs: numberField(payload, 'testDurationMs'),
    testPassed: booleanField(payload, 'testPassed'),
    thresholdsFailed: numberField(payload, 'thresholdsFailed') ?? thresholds.filter((one) => !one.ok).length,
    thresholds,
    metrics: keyMetrics(metrics, checks, numberField(payload, 'checksOmitted') === 0),
    checks,
    evidence: [event.seq],
  };
}

/** The most VUs a summary gives: vus_max's max (or value), else vus's; null when it has neither. */
export function summaryVus(event: JournalEvent): { vus: number; metric: string } | null {
  const metrics = recordsField(event.payload, 'metrics');
  for (const name of ['vus_max', 'vus']) {
    const values = valuesOf(metrics, name);
    const vus = values ? (numberField(values, 'max') ?? numberField(values, 'value')) : null;
    if (vus !== null) return { vus, metric: name };
  }
  return null;
}

function keyMetrics(
  metrics: ReturnType<typeof recordsField>,
  checks: K6SummaryFigures['checks'],
  everyCheckListed: boolean,
): K6KeyMetrics {
  const value = (metric: string, key: string) => {
    const values = valuesOf(metrics, metric);
    return values ? numberField(values, key) : null;
  };
  const checksListed = everyCheckListed && checks.length > 0;
  return {
    httpReqsCount: value('http_reqs', 'count'),
    httpReqsPerSecond: value('http_reqs', 'rate'),
    httpReqDurationP95Ms: value('http_req_duration', 'p(95)'),
    httpReqDurationP99Ms: value('http_req_duration', 'p(99)'),
    httpReqFailedRate: value('http_req_failed', 'rate') ?? value('http_req_failed', 'value'),
    // The checks metric's own counts; else the sum of the listed checks (when the payload kept them all).
    checksPasses:
      value('checks', 'passes') ?? (checksListed ? checks.reduce((sum, one) => sum + one.passes, 0) : null),
    checksFails:
      value('checks', 'fails') ?? (checksListed ? checks.reduce((sum, one) => sum + one.fails, 0) : null),
    vusMax: value('vus_max', 'max') ?? value('vus_max', 'value'),
  };
}

function valuesOf(metrics: ReturnType<typeof recordsField>, name: string) {
  const metric = metrics.find((one) => stringField(one, 'name') === name);
  return metric ? recordField(metric, 'values') : null;
}
