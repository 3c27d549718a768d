import type { TargetStatus } from '../../../../shared/dashboardTypes';
import type { TargetSpec, TargetState } from '../../../../shared/targetTypes';
import { TargetTracker, type TargetTransition } from '../targets/targetTracker';
import type { RangeSeries } from './liveQuery';

/** How bad each state is, for a panel's worst-of. */
const SEVERITY: Record<TargetState, number> = { 'no-data': 0, ok: 1, pending: 2, breached: 3 };

/** A series whose newest point is older than this many steps has stopped; it is not judged. */
const STALE_AFTER_STEPS = 2;

export interface JudgedTransition {
  queryIndex: number;
  target: TargetSpec;
  transition: TargetTransition;
}

/** A panel's targets, one tracker per query that has one, judged on every refresh. */
export class PanelTargets {
  private readonly trackers = new Map<number, TargetTracker>();

  constructor(targets: ReadonlyMap<number, TargetSpec>) {
    for (const [queryIndex, target] of targets) this.trackers.set(queryIndex, new TargetTracker(target));
  }

  get empty(): boolean {
    return this.trackers.size === 0;
  }

  /** Judges query `queryIndex`'s series at `now` (ms); `stepSeconds` tells a live series from a stopped one. */
  judge(
    queryIndex: number,
    series: readonly RangeSeries[],
    now: number,
    stepSeconds: number,
  ): JudgedTransition | null {
    const tracker = this.trackers.get(queryIndex);
    if (!tracker) return null;
    const freshAfter = now / 1000 - STALE_AFTER_STEPS * stepSeconds;
    const latest = series
      .filter((one) => (one.times.at(-1) ?? Number.NEGATIVE_INFINITY) >= freshAfter)
      .map((one) => one.values.at(-1) ?? Number.NaN);
    const transition = tracker.observe(now, latest);
    return transition ? { queryIndex, target: tracker.target, transition } : null;
  }

  statuses(): TargetStatus[] {
    return [...this.trackers].map(([queryIndex, tracker]) => ({
      queryIndex,
      comparator: tracker.target.comparator,
      value: tracker.target.value,
      forMs: tracker.target.forMs,
      state: tracker.state,
      since: tracker.since,
    }));
  }

  /** The worst state among its targets; null without targets. */
  worst(): TargetState | null {
    let worst: TargetState | null = null;
    for (const tracker of this.trackers.values()) {
      if (worst === null || SEVERITY[tracker.state] > SEVERITY[worst]) worst = tracker.state;
    }
    return worst;
  }
}
