import type { PanelUnit } from '../workspace/panelVocabulary';

/** The k6 panels a dashboard can hold (issue 7): each one a fixed view of k6's built-in metrics. */
export const K6_PANEL_METRICS = [
  'vus',
  'iterations',
  'http_reqs',
  'http_req_duration',
  'http_req_failed',
  'checks',
  'data',
] as const;
export type K6PanelMetric = (typeof K6_PANEL_METRICS)[number];

/** One line of a k6 panel: a k6 metric's value per 1 s window, under k6's value name. */
export interface K6PanelSeries {
  /** The legend. */
  name: string;
  /** The k6 metric. */
  metric: string;
  /** k6's value name in a 1 s window: `value` (gauge, last), `rate` (per second, or fraction true), `p(95)`. */
  value: string;
}

export interface K6PanelDefinition {
  unit: PanelUnit;
  series: readonly K6PanelSeries[];
}

export const K6_PANELS: Readonly<Record<K6PanelMetric, K6PanelDefinition>> = {
  vus: {
    unit: 'count',
    series: [
      { name: 'VUs', metric: 'vus', value: 'value' },
      { name: 'VUs max', metric: 'vus_max', value: 'value' },
    ],
  },
  iterations: { unit: 'ops/s', series: [{ name: 'iterations/s', metric: 'iterations', value: 'rate' }] },
  http_reqs: { unit: 'req/s', series: [{ name: 'requests/s', metric: 'http_reqs', value: 'rate' }] },
  http_req_duration: {
    unit: 'ms',
    series: [
      { name: 'p(95)', metric: 'http_req_duration', value: 'p(95)' },
      { name: 'p(99)', metric: 'http_req_duration', value: 'p(99)' },
    ],
  },
  http_req_failed: { unit: 'ratio', series: [{ name: 'failed', metric: 'http_req_failed', value: 'rate' }] },
  checks: { unit: 'ratio', series: [{ name: 'checks passed', metric: 'checks', value: 'rate' }] },
  data: {
    unit: 'bytes/s',
    series: [
      { name: 'sent', metric: 'data_sent', value: 'rate' },
      { name: 'received', metric: 'data_received', value: 'rate' },
    ],
  },
};

/** The k6 metrics a panel draws, whose thresholds it shows. */
export function k6PanelMetricNames(metric: K6PanelMetric): string[] {
  return [...new Set(K6_PANELS[metric].series.map((series) => series.metric))];
}
