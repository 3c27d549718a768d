/**
 * The series names k6's experimental-prometheus-rw output writes (k6: internal/output/prometheusrw,
 * remotewrite.go and trend.go): the `k6_` prefix, then by metric type a counter's `_total`, a rate's
 * `_rate`, a gauge bare, a trend one gauge per configured stat (`_p99`, `_avg`) or, as a native
 * histogram, its base unit (`_seconds`). Every k6 tag becomes a label.
 */

/** k6's defaultMetricPrefix. */
const K6_PREFIX = 'k6_';

/** A counter's running count since the test started. */
export function counterSeries(metric: string): string {
  return `${K6_PREFIX}${metric}_total`;
}

/** A gauge's last value. */
export function gaugeSeries(metric: string): string {
  return `${K6_PREFIX}${metric}`;
}

/** A rate metric's fraction of non-zero samples since the test started, per tag set. */
export function rateSeries(metric: string): string {
  return `${K6_PREFIX}${metric}_rate`;
}

/**
 * One trend stat's gauge, over every sample since the test started; time trends in seconds. k6 cuts
 * `p(` and `)` from a percentile and drops its dots, so p(99) is `_p99` and p(99.9) is `_p999`.
 */
export function trendStatSeries(metric: string, stat: string): string {
  const suffix = stat.startsWith('p(') ? `p${stat.slice(2, -1).replaceAll('.', '')}` : stat;
  return `${K6_PREFIX}${metric}_${suffix}`;
}

/** A time trend as a native histogram (K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM), in seconds. */
export function timeHistogramSeries(metric: string): string {
  return `${K6_PREFIX}${metric}_seconds`;
}
