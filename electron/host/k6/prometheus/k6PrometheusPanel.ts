import { parseGoFloat } from '../../../../shared/k6/goFloat';
import { K6_BUILTIN_METRIC_TYPES } from '../../../../shared/k6/k6BuiltinMetrics';
import { K6_PANELS, type K6PanelSeries } from '../../../../shared/k6/k6PanelMetrics';
import type { K6MetricType } from '../../../../shared/k6/k6Types';
import type { PanelUnit } from '../../../../shared/workspace/panelVocabulary';
import type { K6Config, K6RemoteWrite, Panel, PanelQuery } from '../../../../shared/workspace/workspaceTypes';
import {
  counterSeries,
  gaugeSeries,
  rateSeries,
  timeHistogramSeries,
  trendStatSeries,
} from './k6RemoteWriteNames';
import { type K6LineAggregation, k6ThresholdTarget } from './k6ThresholdTarget';

/** k6 pushes every 5 s by default (K6_PROMETHEUS_RW_PUSH_INTERVAL): a minute holds a dozen samples. */
const RATE_WINDOW = '1m';

/** k6's remote-write defaults, when the environment has no `k6:` section. */
const DEFAULT_REMOTE_WRITE: K6RemoteWrite = { trendStats: ['p(99)'], nativeHistograms: false };

/** The trend stats besides p(N) that are durations; `count` and `sum` are not a latency. */
const DURATION_STATS: ReadonlySet<string> = new Set(['avg', 'min', 'max', 'med']);

/**
 * Rate metrics whose samples a counter counts one for one under the same tags: each request adds to
 * http_reqs and http_req_failed alike, so the failed share of all requests comes out exact.
 */
const RATE_WEIGHTS: Readonly<Record<string, string>> = { http_req_failed: 'http_reqs' };

/** Milliseconds in a second: k6 writes trends in seconds and its thresholds on them in ms. */
const MS_PER_S = 1000;

/** A ratio as percent. */
const PERCENT = 100;

/** One line of the generated chart, before its target is looked up. */
interface K6Line {
  legend: string;
  expr: string;
  /** The k6 metric whose thresholds the line may carry. */
  metric: string;
  aggregation: K6LineAggregation;
}

/** How a metric's values come into the panel's unit: k6 writes seconds and fractions, thresholds ms. */
interface UnitConversion {
  /** Appended to the expression. */
  exprSuffix: string;
  threshold(value: number): number;
}

/**
 * A `type: k6, source: prometheus` panel as an ordinary timeseries panel over what k6's
 * experimental-prometheus-rw output writes (k6RemoteWriteNames), collapsed into the panel's lines so
 * that several k6 instances and every tag set add up:
 * - vus: the sum of k6_vus, and of k6_vus_max;
 * - iterations, http_reqs, data: the sum of the counters' per-second rate over the last minute;
 * - http_req_failed: the failed share of all requests since the test started (k6's running rate of
 *   each tag set, weighted by that tag set's request count);
 * - checks: the lowest check's running pass rate (k6 writes no check counts to weight by), so the line
 *   is at or below the run's pass rate;
 * - http_req_duration: a line per configured trend stat that is a duration (p(N), avg, med and max of
 *   the highest tag set; min of the lowest), over the test so far as k6 keeps them; with native
 *   histograms, p(95) and p(99) over the last minute. In ms, or s when the panel's unit is s.
 * A ratio shows as percent when the panel's unit is percent.
 *
 * A line's target is the first of `k6.thresholds` on its whole metric that a line can stand for. These
 * cannot become a target: a key with a tag selector (`http_req_duration{status:200}`: the line sums
 * every tag set); the operators `===`, `==` and `!=` (a line is a bound); `count` on a counter (the
 * line is a rate per second); a trend aggregation no line draws (p(95) when trendStats lacks it; any
 * but p(95) and p(99) with native histograms). A counter's `rate` threshold, k6's average over the
 * whole test, is drawn against the last minute's rate.
 */
export function k6PrometheusPanel(panel: Panel, k6: K6Config | null): Panel {
  if (!panel.k6) throw new Error(`panel ${panel.id} is not a k6 panel`);
  const thresholds = k6?.thresholds ?? {};
  const lines = panelLines(
    K6_PANELS[panel.k6.metric].series,
    k6?.remoteWrite ?? DEFAULT_REMOTE_WRITE,
    panel.unit,
  );
  const queries = lines.map(
    (line): PanelQuery => ({
      expr: line.expr,
      legend: line.legend,
      target: k6ThresholdTarget(
        thresholds,
        line.metric,
        line.aggregation,
        conversion(line.metric, panel.unit).threshold,
      ),
    }),
  );
  const { id, title, unit, decimals, refreshMs, row } = panel;
  return { id, title, type: 'timeseries', unit, decimals, refreshMs, queries, k6: null, row };
}

function panelLines(series: readonly K6PanelSeries[], remoteWrite: K6RemoteWrite, unit: PanelUnit): K6Line[] {
  const trendsDrawn = new Set<string>();
  return series.flatMap((one) => {
    if (metricType(one.metric) !== 'trend') return plainLine(one, conversion(one.metric, unit).exprSuffix);
    // A trend's lines are drawn once for all the panel's series of that metric.
    if (trendsDrawn.has(one.metric)) return [];
    trendsDrawn.add(one.metric);
    const suffix = conversion(one.metric, unit).exprSuffix;
    return remoteWrite.nativeHistograms
      ? histogramLines(
          series.filter((other) => other.metric === one.metric),
          suffix,
        )
      : trendStatLines(one.metric, remoteWrite.trendStats, suffix);
  });
}

/** The line of a gauge, a counter or a rate metric. */
function plainLine(series: K6PanelSeries, suffix: string): K6Line {
  const { metric } = series;
  const line = (expr: string, aggregation: K6LineAggregation['aggregation']): K6Line => ({
    legend: series.name,
    expr: `${expr}${suffix}`,
    metric,
    aggregation: { aggregation, percentile: null },
  });
  const type = metricType(metric);
  if (type === 'gauge') return line(`sum(${gaugeSeries(metric)})`, 'value');
  if (type === 'counter') return line(`sum(rate(${counterSeries(metric)}[${RATE_WINDOW}]))`, 'rate');
  return line(rateExpr(metric), 'rate');
}

function rateExpr(metric: string): string {
  const weight = RATE_WEIGHTS[metric];
  if (!weight) return `min(${rateSeries(metric)})`;
  const count = counterSeries(weight);
  return `sum(${rateSeries(metric)} * ${count}) / sum(${count})`;
}

/** The panel's own percentiles (K6_PANELS: p(95), p(99)) from the native histogram. */
function histogramLines(series: readonly K6PanelSeries[], suffix: string): K6Line[] {
  return series.flatMap((one): K6Line[] => {
    const percentile = percentileOf(one.value);
    if (percentile === null) return [];
    const rate = `sum(rate(${timeHistogramSeries(one.metric)}[${RATE_WINDOW}]))`;
    return [
      {
        legend: one.name,
        expr: `histogram_quantile(${percentile / PERCENT}, ${rate})${suffix}`,
        metric: one.metric,
        aggregation: { aggregation: 'p', percentile },
      },
    ];
  });
}

/** A line per configured stat that is a duration, each once: k6 writes each series name once. */
function trendStatLines(metric: string, trendStats: readonly string[], suffix: string): K6Line[] {
  const seen = new Set<string>();
  return trendStats.flatMap((stat): K6Line[] => {
    const name = trendStatSeries(metric, stat);
    const percentile = percentileOf(stat);
    if (seen.has(name) || (percentile === null && !DURATION_STATS.has(stat))) return [];
    seen.add(name);
    const aggregation: K6LineAggregation =
      percentile === null
        ? { aggregation: stat as K6LineAggregation['aggregation'], percentile: null }
        : { aggregation: 'p', percentile };
    const across = stat === 'min' ? 'min' : 'max';
    return [{ legend: stat, expr: `${across}(${name})${suffix}`, metric, aggregation }];
  });
}

function conversion(metric: string, unit: PanelUnit): UnitConversion {
  const type = metricType(metric);
  if (type === 'trend' && unit === 's') return { exprSuffix: '', threshold: (ms) => ms / MS_PER_S };
  if (type === 'trend') return { exprSuffix: ` * ${MS_PER_S}`, threshold: (ms) => ms };
  if (type === 'rate' && unit === 'percent') {
    return { exprSuffix: ` * ${PERCENT}`, threshold: (fraction) => fraction * PERCENT };
  }
  return { exprSuffix: '', threshold: (value) => value };
}

/** N of `p(N)`, read as k6 reads it; null for any other stat. */
function percentileOf(stat: string): number | null {
  if (!stat.startsWith('p(') || !stat.endsWith(')')) return null;
  return parseGoFloat(stat.slice(2, -1)) ?? null;
}

function metricType(metric: string): K6MetricType {
  const type = K6_BUILTIN_METRIC_TYPES[metric];
  if (!type) throw new Error(`k6 panels draw k6's built-in metrics; ${metric} is not one`);
  return type;
}
