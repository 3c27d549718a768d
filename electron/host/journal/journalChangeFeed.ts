import type { EventPayload } from '../../../shared/api';
import type { Journal } from './journal';

/**
 * At most this often a console hears that the journal changed: a burst of commits (a k6
 * import, a flood of probe results) becomes a few refreshes, not thousands.
 */
export const CHANGE_NOTICE_INTERVAL_MS = 100;

/** Turns the journal's commits into throttled `journal.changed` notices (first at once, then trailing). */
export function followJournalChanges(
  journal: Journal,
  announce: (payload: EventPayload<'journal.changed'>) => void,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  const send = () => announce({ currentDayId: journal.currentDayId(), lastSeq: journal.lastSeq() });
  const stopListening = journal.onChange(() => {
    if (timer) {
      pending = true;
      return;
    }
    send();
    timer = setTimeout(function trailing() {
      if (pending) {
        pending = false;
        send();
        timer = setTimeout(trailing, CHANGE_NOTICE_INTERVAL_MS);
      } else {
        timer = undefined;
      }
    }, CHANGE_NOTICE_INTERVAL_MS);
  });
  return () => {
    clearTimeout(timer);
    stopListening();
  };
}
