import type { DashboardStatus, PanelData } from '../../../shared/dashboardTypes';
import type { PanelUnit } from '../../../shared/workspace/panelVocabulary';
import type { Dashboard, Panel } from '../../../shared/workspace/workspaceTypes';
import type { PanelsLayout } from '../pageContract';
import { type FeedChunk, seriesLevel } from './seriesFeed';

/** The units a test day's panels show, in turn, so the axes format values as they would. */
const UNITS: readonly PanelUnit[] = ['req/s', 'ms', 'count', 'bytes'];

/** Each panel's target sits this far above its highest level: drawn on the chart, never breached. */
const TARGET_HEADROOM = 1.6;

/** The brief's one-second refresh. */
const REFRESH_MS = 1000;

/** A workspace dashboard of `layout.panels` timeseries panels, each one query of four instances with a target. */
export function benchDashboard(layout: PanelsLayout): Dashboard {
  const panels: Panel[] = Array.from({ length: layout.panels }, (_, index) => {
    const highest = Math.max(
      ...Array.from({ length: layout.seriesPerPanel }, (_, s) => seriesLevel(index, s)),
    );
    return {
      id: panelId(index),
      title: `Panel ${index + 1}`,
      type: 'timeseries',
      unit: UNITS[index % UNITS.length] ?? 'count',
      decimals: null,
      refreshMs: REFRESH_MS,
      queries: [
        {
          expr: `bench_metric{panel="${index + 1}"}`,
          legend: '{{instance}}',
          target: { comparator: '<', value: Math.round(highest * TARGET_HEADROOM), forMs: 0 },
        },
      ],
      row: 'Bench',
      k6: null,
    };
  });
  return { title: 'Panels bench', refreshMs: REFRESH_MS, rows: [{ title: 'Bench', panels }], panels };
}

/** A chunk of the feed as the host sends it: one `dashboard.data` payload per panel. */
export function panelDeltas(chunk: FeedChunk, windowPoints: number): PanelData[] {
  const last = chunk.times[chunk.times.length - 1] ?? 0;
  return chunk.values.map((series, index) => ({
    panelId: panelId(index),
    series: series.map((values, s) => ({
      queryIndex: 0,
      key: `{instance="node-${s + 1}"}`,
      name: `node-${s + 1}`,
      times: chunk.times,
      values,
    })),
    windowStart: last - windowPoints + 1,
  }));
}

/** Every panel meeting its target, Prometheus up: what the host reports on a quiet stretch. */
export function quietStatus(dashboard: Dashboard, nowMs: number): DashboardStatus {
  return {
    environment: 'bench',
    datasource: { url: 'http://127.0.0.1:9090', state: 'up', since: nowMs, problem: null },
    panels: dashboard.panels.map((panel) => ({
      panelId: panel.id,
      state: 'ok',
      targets: panel.queries.flatMap((query, queryIndex) =>
        query.target
          ? [
              {
                queryIndex,
                comparator: query.target.comparator,
                value: query.target.value,
                forMs: 0,
                state: 'ok',
                since: null,
              },
            ]
          : [],
      ),
      error: null,
      warnings: [],
      updatedAt: nowMs,
    })),
    health: [],
    alerts: { alerts: [], criticalFiring: 0, checkedAt: null, problem: null },
  };
}

function panelId(index: number): string {
  return `bench-panel-${index + 1}`;
}
