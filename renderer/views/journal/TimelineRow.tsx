import { memo } from 'react';
import type { JournalEvent } from '../../../shared/journalTypes';
import { SEVERITY_MEANINGS } from '../../../shared/journalTypes';
import { clockTime } from '../../journal/timeFormat';

/** Must equal .timeline-row's height in journal.css: rows are placed by arithmetic, never measured. */
export const TIMELINE_ROW_HEIGHT = 28;

/**
 * One row of the timeline: stateless and memoised, so a scroll renders only the rows that come
 * into view, each a handful of elements at its own offset. A row whose page has not arrived
 * is a placeholder with the same cells, so the page's arrival only fills in text.
 */
export const TimelineRow = memo(function TimelineRow({
  row,
  event,
}: {
  row: number;
  event: JournalEvent | undefined;
}) {
  const family = event?.kind.split('.')[0] ?? 'none';
  const severity = event?.severity ?? null;
  return (
    <div
      className={event ? 'timeline-row' : 'timeline-row timeline-placeholder'}
      style={{ top: row * TIMELINE_ROW_HEIGHT }}
      data-testid={event ? 'timeline-row' : 'timeline-row-placeholder'}
      data-row={row}
      data-kind={event?.kind}
      data-seq={event?.seq}
      data-severity={severity ?? undefined}
    >
      <span className="timeline-time">{event ? clockTime(event.time) : '…'}</span>
      <span className={`timeline-kind kind-${family}`}>{event?.kind}</span>
      <span className="timeline-actor">{event?.actor}</span>
      <span className="timeline-subject" title={event?.subject}>
        {event?.subject}
      </span>
      <span
        className={`timeline-severity sev-${severity ?? 'none'}`}
        title={severity === null ? undefined : SEVERITY_MEANINGS[severity]}
      >
        {severity === null ? '' : `SEV${severity}`}
      </span>
    </div>
  );
});
