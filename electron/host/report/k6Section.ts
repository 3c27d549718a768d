import type { JournalEvent } from '../../../shared/journalTypes';
import type { K6Section, K6ThresholdEvent } from '../../../shared/report/reportK6';
import { k6SummaryFigures } from './k6SummaryReading';
import { numberField, stringField } from './payloadFields';

/** k6's thresholds and key metrics from the day's latest k6.summary, and the live threshold events. */
export function k6Section(events: readonly JournalEvent[]): K6Section {
  const summaries = events.filter((event) => event.kind === 'k6.summary');
  const latest = summaries.at(-1);
  return {
    latest: latest ? k6SummaryFigures(latest) : null,
    summaryCount: summaries.length,
    thresholdEvents: k6ThresholdEvents(events),
  };
}

/** k6.threshold.failed / recovered events (their payload is a K6ThresholdStatus), in order. */
export function k6ThresholdEvents(events: readonly JournalEvent[]): K6ThresholdEvent[] {
  return events
    .filter((event) => event.kind === 'k6.threshold.failed' || event.kind === 'k6.threshold.recovered')
    .map((event) => ({
      kind: event.kind === 'k6.threshold.failed' ? ('failed' as const) : ('recovered' as const),
      atMs: event.time,
      key: stringField(event.payload, 'key') ?? event.subject,
      observed: numberField(event.payload, 'observed'),
      evidence: [event.seq],
    }));
}
