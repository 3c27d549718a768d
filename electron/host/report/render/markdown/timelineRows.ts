import type { EventKind, Severity } from '../../../../../shared/journalTypes';
import { formatTime } from '../reportFormat';
import { seqAnchor, seqLink } from './evidenceLinks';
import { cellText } from './markdownEscape';
import { markdownTable } from './markdownTable';

export interface TimelineRow {
  seq: number;
  atMs: number;
  kind: EventKind;
  actor: string;
  subject: string;
  severity?: Severity | null;
}

/**
 * Events as a table: time, #seq, kind, actor, subject. The day's timeline anchors each row
 * (`anchored`); an issue's own history links to those rows instead.
 */
export function timelineTable(rows: readonly TimelineRow[], anchored: boolean): string {
  return markdownTable(
    ['Time', '#', 'Kind', 'Actor', 'Subject'],
    rows.map((row) => [
      formatTime(row.atMs),
      anchored ? seqAnchor(row.seq) : seqLink(row.seq),
      row.severity ? `${row.kind} (SEV${row.severity})` : row.kind,
      cellText(row.actor),
      cellText(row.subject),
    ]),
  );
}
