import { useStore } from 'zustand';
import {
  selectTimelineError,
  selectTimelineFollow,
  selectTimelineTotal,
} from '../../state/journal/timelineStore';
import { ErrorNotice } from './ErrorNotice';
import { useJournal } from './journalHooks';

/** How many events match, whether the view follows the latest, and the last fetch failure. */
export function TimelineStatus() {
  const { timeline } = useJournal();
  const total = useStore(timeline, selectTimelineTotal);
  const follow = useStore(timeline, selectTimelineFollow);
  const error = useStore(timeline, selectTimelineError);
  const dayId = useStore(timeline, (state) => state.dayId);
  const filtered = useStore(timeline, (state) => Object.keys(state.filter).length > 0);

  return (
    <>
      <div className="timeline-status">
        <span data-testid="timeline-total" data-total={total ?? undefined}>
          {dayId === null
            ? 'No test day yet: start one above, or add a note or log an issue, which starts one.'
            : total === null
              ? 'Loading…'
              : `${total.toLocaleString()} ${total === 1 ? 'event' : 'events'}${filtered ? ' match' : ''}`}
        </span>
        {total !== null && total > 0 && !follow && (
          <button
            type="button"
            className="plain-button"
            onClick={() => timeline.getState().setFollow(true)}
            data-testid="timeline-follow"
          >
            Jump to latest ↓
          </button>
        )}
      </div>
      <ErrorNotice message={error} onDismiss={() => timeline.getState().dismissError()} />
    </>
  );
}
