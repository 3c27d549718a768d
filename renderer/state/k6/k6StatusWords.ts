import { K6_PANEL_METRICS, K6_PANELS } from '../../../shared/k6/k6PanelMetrics';
import type { K6ApiStatus, K6OutputStatus, K6Run, K6ThresholdStatus } from '../../../shared/k6StatusTypes';
import type { PanelUnit } from '../../../shared/workspace/panelVocabulary';
import { formatNumber, formatValue } from '../../dashboard/unitFormat';
import type { K6ImportedSummary } from './k6ControlStore';

/** How each part of k6's status reads in the bar; `clock` turns a time into words ("14:03:27"). */
type Clock = (epochMs: number) => string;

function plural(count: number, one: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : `${one}s`}`;
}

/** The JSON output: "waiting for /tmp/k6.json", "reading /tmp/k6.json: 1,204 points", "ended: …". */
export function outputWords(output: K6OutputStatus): string {
  const file = output.path ?? 'the output';
  switch (output.state) {
    case 'none':
      return 'no JSON output (k6 run --out json=FILE)';
    case 'waiting':
      return `waiting for ${file}`;
    case 'reading':
      return `reading ${file}: ${plural(output.points, 'point')}`;
    case 'ended':
      return `ended: ${plural(output.points, 'point')} read from ${file}`;
  }
}

/** What went wrong reading the output, besides its state; empty when nothing did. */
export function outputTroubles(output: K6OutputStatus): string[] {
  const troubles: string[] = [];
  if (output.malformed > 0) troubles.push(plural(output.malformed, 'malformed line'));
  if (output.restarts > 0)
    troubles.push(`read again from its start ${output.restarts === 1 ? 'once' : `${output.restarts} times`}`);
  if (output.problem) troubles.push(output.problem);
  return troubles;
}

/** The first malformed lines, one per line: "line 12: not JSON". */
export function malformedDetails(output: K6OutputStatus): string {
  const shown = output.firstMalformed.map((line) => `line ${line.line}: ${line.reason}`);
  const more = output.malformed - output.firstMalformed.length;
  return more > 0 ? [...shown, `and ${more.toLocaleString('en')} more`].join('\n') : shown.join('\n');
}

/** The REST API: "no REST API", "connecting to …", "API up at …", "… down since 14:03:27: why; retrying". */
export function apiWords(api: K6ApiStatus, clock: Clock): string {
  const address = api.address ?? 'k6';
  switch (api.state) {
    case 'none':
      return 'no REST API (k6 run --address=HOST:PORT)';
    case 'connecting':
      return `connecting to ${address}…`;
    case 'up':
      return `API up at ${address}`;
    case 'down': {
      const why = api.problem ? `: ${api.problem}` : '';
      return `API at ${address} down since ${clock(api.since)}${why}; retrying`;
    }
  }
}

/** The run as k6 says it: "Running, VUs 40 / 50", "Paused", "tainted: a threshold failed". */
export function runWords(run: K6Run): string[] {
  const words = [run.label];
  if (run.paused && !/paus/i.test(run.label)) words.push('paused');
  if (run.stopped && !/stop/i.test(run.label)) words.push('stopped');
  if (run.tainted) words.push('tainted: a threshold failed');
  words.push(`VUs ${run.vus} / ${run.vusMax}`);
  return words;
}

/** "failed since 14:03:27", "ok since 14:00:01", or the verdict alone before the test began. */
export function verdictWords(threshold: K6ThresholdStatus, clock: Clock): string {
  return threshold.since === null
    ? threshold.verdict
    : `${threshold.verdict} since ${clock(threshold.since)}`;
}

/** Where the threshold was written, for its tooltip. */
export function originWords(threshold: K6ThresholdStatus): string {
  return threshold.origin === 'output' ? 'from the script’s options' : 'from warroom.yaml';
}

/** Said beside a threshold k6 would have stopped the test for. */
export const WOULD_ABORT_WORDS = 'k6 would abort';

/** The unit of the k6 panel that draws this metric (`http_req_duration{…}` → ms); null for other metrics. */
export function k6MetricUnit(metricKey: string): PanelUnit | null {
  const metric = metricKey.split('{')[0];
  const panel = K6_PANEL_METRICS.find((name) => K6_PANELS[name].series.some((one) => one.metric === metric));
  return panel ? K6_PANELS[panel].unit : null;
}

/**
 * The value a threshold judged: in the panel's unit when the threshold is drawn on that panel
 * (its line is in the panel's unit), else as k6 gives it (a count, a fraction, milliseconds).
 */
export function observedWords(threshold: K6ThresholdStatus, unit: PanelUnit | null): string {
  if (threshold.observed === null) return 'no sample yet';
  const value =
    unit !== null && threshold.line !== null
      ? formatValue(threshold.observed, unit, null)
      : formatNumber(threshold.observed, null);
  return `observed ${value}`;
}

/** "Imported summary.json (handleSummary): 24 metrics, 1 threshold failed; journaled as event #812." */
export function importedWords(imported: K6ImportedSummary): string {
  const failed =
    imported.thresholdsFailed === 0
      ? 'no threshold failed'
      : `${plural(imported.thresholdsFailed, 'threshold')} failed`;
  return (
    `Imported ${imported.name} (${imported.format}): ${plural(imported.metrics, 'metric')}, ${failed}; ` +
    `journaled as event #${imported.seq}.`
  );
}
