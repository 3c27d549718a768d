import type { EventKind } from '../../../../shared/journalTypes';
import { journalSummaryPayload } from './journalSummaryPayload';
import type { K6ImportedSummary } from './k6SummaryTypes';

export interface K6SummaryEvent {
  kind: EventKind;
  actor: string;
  subject: string;
  payload: Record<string, unknown>;
}

/** The `k6.summary` event of a summary, whoever records it (the console, the CLI, the end of a run). */
export function k6SummaryEvent(summary: K6ImportedSummary, source: string, actor: string): K6SummaryEvent {
  const failed = summary.thresholdsFailed;
  const verdict = failed === 0 ? 'every threshold passed' : `${failed} threshold(s) failed`;
  return {
    kind: 'k6.summary',
    actor,
    subject: `k6 summary of ${source}: ${verdict}`,
    payload: { ...journalSummaryPayload(summary, source) },
  };
}
