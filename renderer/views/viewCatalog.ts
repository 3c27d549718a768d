/** The console's views, in navigation order (Alt+1 is the first). */
export const VIEW_IDS = ['dashboard', 'runbooks', 'terminals', 'journal', 'report', 'rehearsal'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewEntry {
  readonly id: ViewId;
  readonly label: string;
  /** What the view will hold and which issue brings it; null once the view is built. */
  readonly pending: string | null;
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'dashboard', label: 'Dashboard', pending: null },
  { id: 'runbooks', label: 'Runbooks', pending: null },
  { id: 'terminals', label: 'Terminals', pending: null },
  { id: 'journal', label: 'Journal', pending: null },
  {
    id: 'report',
    label: 'Report',
    pending:
      'The post-test report arrives with issue #8: targets vs achieved, issues, timeline and sign-off.',
  },
  { id: 'rehearsal', label: 'Rehearsal', pending: null },
];
