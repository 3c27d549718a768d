import type { EventKind } from '../../shared/journalTypes';

/** A journal event pinned on the charts' time axis. */
export interface DashboardMarker {
  seq: number;
  /** Milliseconds since the epoch. */
  time: number;
  kind: EventKind;
  subject: string;
}

/** The journal kinds drawn on the charts: what was done to the system and what it did. */
export const MARKER_KINDS: readonly EventKind[] = [
  'note',
  'command.finished',
  'probe.result',
  'issue.opened',
  'threshold.breached',
  'threshold.recovered',
  'fault.set',
  'fault.cleared',
  'alert.firing',
  'service.down',
  'service.up',
];

/** The first index whose time is at least `time`, in markers sorted by time. */
function lowerBound(markers: readonly DashboardMarker[], time: number): number {
  let low = 0;
  let high = markers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((markers[middle]?.time ?? 0) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The markers from `fromMs` to `toMs` inclusive; `markers` sorted by time. */
export function markersInWindow(
  markers: readonly DashboardMarker[],
  fromMs: number,
  toMs: number,
): readonly DashboardMarker[] {
  return markers.slice(lowerBound(markers, fromMs), lowerBound(markers, toMs + 1));
}

/** The marker closest to `timeMs` within `toleranceMs` of it, or null: what a hover points at. */
export function nearestMarker(
  markers: readonly DashboardMarker[],
  timeMs: number,
  toleranceMs: number,
): DashboardMarker | null {
  const index = lowerBound(markers, timeMs);
  let best: DashboardMarker | null = null;
  for (const candidate of [markers[index - 1], markers[index]]) {
    if (!candidate) continue;
    const distance = Math.abs(candidate.time - timeMs);
    if (distance <= toleranceMs && (best === null || distance < Math.abs(best.time - timeMs)))
      best = candidate;
  }
  return best;
}

/** How a marker is coloured: trouble, recovery, an action taken, or a remark. */
export type MarkerTone = 'trouble' | 'recovery' | 'action' | 'remark';

export function markerTone(kind: EventKind): MarkerTone {
  switch (kind) {
    case 'threshold.breached':
    case 'alert.firing':
    case 'service.down':
    case 'issue.opened':
      return 'trouble';
    case 'threshold.recovered':
    case 'service.up':
    case 'fault.cleared':
      return 'recovery';
    case 'note':
      return 'remark';
    default:
      return 'action';
  }
}
