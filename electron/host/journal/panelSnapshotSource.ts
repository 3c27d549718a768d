import type { SnapshotContent } from '../../../shared/journalTypes';

/** What the panels show right now, frozen for a snapshot; the metrics service provides it. */
export interface PanelSnapshotSource {
  capture(): SnapshotContent;
}

/** Where no panels are live (an issue logged from the command line), a snapshot says so. */
export const NO_PANELS: PanelSnapshotSource = {
  capture: () => ({
    takenAt: Date.now(),
    note: 'Logged where no panels are live (the command line), so this snapshot holds no series.',
    panels: [],
  }),
};
