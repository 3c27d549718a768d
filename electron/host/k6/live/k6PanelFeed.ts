import type { PanelData, PanelSeries } from '../../../../shared/dashboardTypes';
import { K6_PANELS, type K6PanelMetric } from '../../../../shared/k6/k6PanelMetrics';
import type { K6MetricType, K6MetricValues } from '../../../../shared/k6/k6Types';

/** A dashboard panel fed from k6's JSON output. */
export interface K6FeedPanel {
  id: string;
  metric: K6PanelMetric;
}

/** What the feed reads a second with: the aggregator's one-second values and the metric's type. */
export interface K6SecondSource {
  secondValues(metric: string, second: number): K6MetricValues | null;
  metricType(metric: string): K6MetricType | undefined;
}

interface HeldSeries {
  name: string;
  metric: string;
  value: string;
  times: number[];
  values: (number | null)[];
}

interface HeldPanel {
  id: string;
  series: HeldSeries[];
  /** Points not yet sent, as indices into the held arrays: from here to the end. */
  unsentFrom: number;
}

/** Trimming copies the arrays, so it waits until this share of the history is past the window. */
const TRIM_SLACK = 0.1;

/**
 * The k6 panels' series, one point a second for each of a panel's lines (K6_PANELS), held for the
 * live window: what `dashboard.live` starts a chart from and `dashboard.data` adds to.
 */
export class K6PanelFeed {
  private readonly panels: HeldPanel[];
  private latestSecond: number | null = null;

  constructor(
    panels: readonly K6FeedPanel[],
    private readonly historySeconds: number,
  ) {
    this.panels = panels.map(({ id, metric }) => ({
      id,
      unsentFrom: 0,
      series: K6_PANELS[metric].series.map((series) => ({ ...series, times: [], values: [] })),
    }));
  }

  /** Adds one complete second (seconds since the epoch) to every panel. */
  addSecond(second: number, source: K6SecondSource): void {
    for (const panel of this.panels) {
      for (const series of panel.series) {
        series.times.push(second);
        series.values.push(secondValue(series, source.secondValues(series.metric, second), source));
      }
    }
    this.latestSecond = second;
    this.trim();
  }

  /** The points added since the last call, per panel; none when nothing was added. */
  takeNew(): PanelData[] {
    const data: PanelData[] = [];
    for (const panel of this.panels) {
      const from = panel.unsentFrom;
      const length = panel.series[0]?.times.length ?? 0;
      if (from >= length) continue;
      panel.unsentFrom = length;
      data.push(this.panelData(panel, (series) => [series.times.slice(from), series.values.slice(from)]));
    }
    return data;
  }

  /** Every panel's held series. */
  live(): PanelData[] {
    return this.panels.map((panel) =>
      this.panelData(panel, (series) => [[...series.times], [...series.values]]),
    );
  }

  /** One panel's held points from `from` to `to` (seconds); null for a panel this feed does not hold. */
  range(panelId: string, from: number, to: number): PanelData | null {
    const panel = this.panels.find((candidate) => candidate.id === panelId);
    if (!panel) return null;
    const data = this.panelData(panel, (series) => {
      const start = series.times.findIndex((time) => time >= from);
      if (start === -1) return [[], []];
      const end = series.times.findIndex((time) => time > to);
      const stop = end === -1 ? series.times.length : end;
      return [series.times.slice(start, stop), series.values.slice(start, stop)];
    });
    return { ...data, windowStart: from };
  }

  private panelData(
    panel: HeldPanel,
    points: (series: HeldSeries) => [number[], (number | null)[]],
  ): PanelData {
    const series: PanelSeries[] = panel.series.map((held, queryIndex) => {
      const [times, values] = points(held);
      return { queryIndex, key: held.name, name: held.name, times, values };
    });
    return { panelId: panel.id, series, windowStart: this.windowStart() };
  }

  private windowStart(): number {
    return this.latestSecond === null ? 0 : this.latestSecond - this.historySeconds;
  }

  private trim(): void {
    const start = this.windowStart();
    for (const panel of this.panels) {
      const times = panel.series[0]?.times ?? [];
      const past = times.findIndex((time) => time >= start);
      const drop = past === -1 ? times.length : past;
      if (drop <= this.historySeconds * TRIM_SLACK) continue;
      for (const series of panel.series) {
        series.times.splice(0, drop);
        series.values.splice(0, drop);
      }
      panel.unsentFrom = Math.max(0, panel.unsentFrom - drop);
    }
  }
}

/**
 * A line's value in one second. A counter with no points counted nothing (0); a rate or trend with
 * no samples, or a gauge not reported, has no value (a gap, not a misleading 0).
 */
function secondValue(
  series: HeldSeries,
  values: K6MetricValues | null,
  source: K6SecondSource,
): number | null {
  const type = source.metricType(series.metric);
  if (values === null) return type === 'counter' ? 0 : null;
  if (type === 'rate' && (values.passes ?? 0) + (values.fails ?? 0) === 0) return null;
  if (type === 'trend' && (values.count ?? 0) === 0) return null;
  const value = values[series.value];
  return value === undefined || !Number.isFinite(value) ? null : value;
}
