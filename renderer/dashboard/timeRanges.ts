import { MAX_RANGE_SECONDS } from '../../shared/dashboardContract';

/**
 * The ranges a chart shows. The live ones are drawn from the host's one-hour live window
 * (dashboard.live and dashboard.data); longer ones ask Prometheus (dashboard.range) per panel.
 */
export const TIME_RANGES = [
  { id: '5m', label: '5 m', seconds: 5 * 60, live: true },
  { id: '15m', label: '15 m', seconds: 15 * 60, live: true },
  { id: '1h', label: '1 h', seconds: 3600, live: true },
  { id: '6h', label: '6 h', seconds: 6 * 3600, live: false },
  { id: 'day', label: 'Whole test day', seconds: null, live: false },
] as const;

export type TimeRangeId = (typeof TIME_RANGES)[number]['id'];
export type TimeRange = (typeof TIME_RANGES)[number];

/** What a chart follows without a choice made: the last quarter hour, enough to see a drill. */
export const DEFAULT_RANGE_ID: TimeRangeId = '15m';

/** Without a test day, "whole test day" shows what the live window holds. */
const NO_DAY_FALLBACK_SECONDS = 3600;

export function timeRange(id: TimeRangeId): TimeRange {
  return TIME_RANGES.find((range) => range.id === id) ?? TIME_RANGES[1];
}

/** The x-axis of every chart, in seconds. */
export interface ViewWindow {
  min: number;
  max: number;
}

/**
 * The window the charts show: it ends now while following live, or where the operator paused;
 * "whole test day" starts when the current day started (at most MAX_RANGE_SECONDS back).
 */
export function viewWindow(
  rangeId: TimeRangeId,
  pausedAt: number | null,
  nowSeconds: number,
  dayStartSeconds: number | null,
): ViewWindow {
  const max = pausedAt ?? nowSeconds;
  const { seconds } = timeRange(rangeId);
  if (seconds !== null) return { min: max - seconds, max };
  const start = dayStartSeconds ?? max - NO_DAY_FALLBACK_SECONDS;
  return { min: Math.max(start, max - MAX_RANGE_SECONDS), max };
}
