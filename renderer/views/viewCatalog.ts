/** The console's views, in navigation order (Alt+1 is the first). */
export const VIEW_IDS = ['dashboard', 'runbooks', 'terminals', 'journal', 'report', 'rehearsal'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewEntry {
  readonly id: ViewId;
  readonly label: string;
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'runbooks', label: 'Runbooks' },
  { id: 'terminals', label: 'Terminals' },
  { id: 'journal', label: 'Journal' },
  { id: 'report', label: 'Report' },
  { id: 'rehearsal', label: 'Rehearsal' },
];
