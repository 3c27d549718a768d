import type { JournalEvent } from '../../../shared/journalTypes';
import type { CriterionOverride, CriterionResult } from '../../../shared/report/reportModel';

/**
 * The criterion with the latest override a person recorded for it (`signoff.overridden`, by its
 * name), when the data did not pass it; a passed criterion needs none and shows none.
 */
export function withOverride(criterion: CriterionResult, events: readonly JournalEvent[]): CriterionResult {
  if (criterion.status === 'passed') return criterion;
  let override: CriterionOverride | null = null;
  for (const event of events) {
    if (event.kind !== 'signoff.overridden' || event.payload.criterion !== criterion.name) continue;
    const reason = typeof event.payload.reason === 'string' ? event.payload.reason : event.subject;
    override = { by: event.actor, reason, atMs: event.time, eventSeq: event.seq };
  }
  return override ? { ...criterion, override } : criterion;
}
