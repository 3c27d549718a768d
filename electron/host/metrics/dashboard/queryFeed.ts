import type { PanelSeries } from '../../../../shared/dashboardTypes';
import { seriesKey } from '../prometheus/seriesKey';
import type { FailureKind, LiveQuery, RangeSeries } from './liveQuery';

/** One refresh of a shared query: its series over the window, or why it failed. */
export type FeedOutcome =
  | { ok: true; series: readonly RangeSeries[]; warnings: readonly string[] }
  | { ok: false; failure: FailureKind };

/**
 * One PromQL expression at one step, shared by every panel that asks for it: one request per
 * refresh however many panels show it. Keeps its series through a failure, so stale panels draw.
 */
export class QueryFeed {
  private last: FeedOutcome | null = null;
  private held: readonly RangeSeries[] = [];

  constructor(
    readonly expr: string,
    private readonly live: LiveQuery,
    private readonly classify: (error: unknown) => FailureKind,
  ) {}

  get outcome(): FeedOutcome | null {
    return this.last;
  }

  /** The series held so far (kept through failures, so stale panels still draw). */
  get series(): readonly RangeSeries[] {
    return this.held;
  }

  async refresh(nowSeconds: number): Promise<FeedOutcome> {
    try {
      const { series, warnings } = await this.live.refresh(nowSeconds);
      this.held = series;
      this.last = { ok: true, series, warnings };
    } catch (error) {
      this.last = { ok: false, failure: this.classify(error) };
    }
    return this.last;
  }
}

/**
 * The points of `series` newer than what was last sent for each key, as panel series; `sent`
 * is updated. Values that JSON cannot carry (NaN, ±Inf) become null.
 */
export function newPoints(
  series: readonly RangeSeries[],
  queryIndex: number,
  name: (labels: Readonly<Record<string, string>>) => string,
  sent: Map<string, number>,
): PanelSeries[] {
  const fresh: PanelSeries[] = [];
  for (const one of series) {
    const key = seriesKey(one.labels);
    const after = sent.get(key) ?? Number.NEGATIVE_INFINITY;
    // Points are in time order; walk back to the first one not yet sent.
    let start = one.times.length;
    while (start > 0 && (one.times[start - 1] ?? 0) > after) start -= 1;
    if (start === one.times.length) continue;
    const times = one.times.slice(start);
    const values = one.values.slice(start).map((value) => (Number.isFinite(value) ? value : null));
    sent.set(key, times[times.length - 1] ?? after);
    fresh.push({ queryIndex, key, name: name(one.labels), times, values });
  }
  return fresh;
}
