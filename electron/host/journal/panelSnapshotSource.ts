import type { SnapshotContent } from '../../../shared/journalTypes';

/** What the panels show right now, frozen for a snapshot; the metrics service provides it. */
export interface PanelSnapshotSource {
  capture(): SnapshotContent;
}

/** Until live panels exist, a snapshot says so instead of pretending to have data. */
export const NO_PANELS: PanelSnapshotSource = {
  capture: () => ({
    takenAt: Date.now(),
    note: 'No live panels are configured yet, so this snapshot holds no series.',
    panels: [],
  }),
};
