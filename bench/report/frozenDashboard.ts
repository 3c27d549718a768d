import type { SnapshotContent, SnapshotPanel } from '../../shared/journalTypes';
import { describeTarget, meetsTarget } from '../../shared/targetTypes';
import type { Panel } from '../../shared/workspace/workspaceTypes';
import { type DayShape, errorRateAt, latencyAt, POLL_MS, throughputAt, within } from './dayShape';

/** What a snapshot keeps of each series, as panelSnapshot does: the last quarter hour. */
const SNAPSHOT_WINDOW_MS = 15 * 60_000;

/** Points per series in a snapshot: a quarter hour at the 5 s refresh. */
export const POINTS_PER_SERIES = SNAPSHOT_WINDOW_MS / POLL_MS;

/** Each timeseries panel's values over time, by panel id. */
const VALUES: Record<string, (shape: DayShape, time: number) => number> = {
  latency: latencyAt,
  errors: errorRateAt,
  throughput: throughputAt,
};

/** The health checks of warroom.yaml; checkout answers 503 while errors spike. */
const HEALTH_CHECKS = ['api', 'checkout'];

/**
 * The dashboard frozen at `time` as panelSnapshot freezes it: every timeseries panel's quarter
 * hour of points, its latest value and its targets' states; the alerts panel's counts and the
 * health panel's endpoints.
 */
export function frozenDashboard(shape: DayShape, panels: readonly Panel[], time: number): SnapshotContent {
  const now = Math.floor(time / POLL_MS) * POLL_MS;
  const frozen = panels.map((panel): SnapshotPanel => {
    if (panel.type === 'alerts') {
      const firing = (within(shape.latencySpikes, now) ? 1 : 0) + (within(shape.errorSpikes, now) ? 1 : 0);
      const critical = within(shape.errorSpikes, now) ? 1 : 0;
      return {
        title: panel.title,
        unit: 'alerts',
        series: [],
        values: { 'critical firing': critical, firing, pending: 0 },
      };
    }
    if (panel.type === 'health') {
      const down = within(shape.errorSpikes, now) !== undefined;
      return {
        title: panel.title,
        unit: 'up',
        series: [],
        values: Object.fromEntries(HEALTH_CHECKS.map((name) => [name, name === 'checkout' && down ? 0 : 1])),
      };
    }
    const valueAt = VALUES[panel.id] ?? (() => 0);
    const series = panel.queries.map((query) => ({
      name: query.legend ?? panel.title,
      points: Array.from({ length: POINTS_PER_SERIES }, (_, index): [number, number] => {
        const at = now - (POINTS_PER_SERIES - 1 - index) * POLL_MS;
        return [at, valueAt(shape, at)];
      }),
    }));
    return {
      title: panel.title,
      unit: panel.unit,
      series,
      values: Object.fromEntries(series.map((one) => [one.name, one.points.at(-1)?.[1] ?? null])),
      thresholds: panel.queries.flatMap((query) => {
        const { target } = query;
        if (!target) return [];
        const latest = valueAt(shape, now);
        return [
          {
            target: `${query.legend ?? panel.title} ${describeTarget(target)}`,
            state: meetsTarget(latest, target) ? ('ok' as const) : ('breached' as const),
            value: target.value,
          },
        ];
      }),
    };
  });
  return { takenAt: time, panels: frozen };
}
