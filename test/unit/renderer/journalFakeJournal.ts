import { journalAccess } from '../../../renderer/state/journal/journalAccess';
import type { MethodParams } from '../../../shared/api';
import type { JournalStatus } from '../../../shared/journalContract';
import type {
  DayInfo,
  EventKind,
  JournalEvent,
  Severity,
  TimelineFilter,
} from '../../../shared/journalTypes';
import { createFakeHost } from './fakeHost';

export function dayInfo(id: number, overrides: Partial<DayInfo> = {}): DayInfo {
  return {
    id,
    name: `day ${id}`,
    environment: 'staging',
    operators: [],
    startedAt: 1_700_000_000_000 + id,
    endedAt: null,
    decision: null,
    decisionReason: null,
    eventCount: 0,
    ...overrides,
  };
}

export function journalEvent(
  seq: number,
  kind: EventKind = 'note',
  severity: Severity | null = null,
): JournalEvent {
  return {
    seq,
    dayId: 1,
    time: 1_700_000_000_000 + seq,
    kind,
    actor: 'ana',
    subject: `event ${seq}`,
    severity,
    payload: {},
  };
}

function matches(event: JournalEvent, filter: TimelineFilter): boolean {
  if (filter.kinds && !filter.kinds.includes(event.kind)) return false;
  if (filter.severities && (event.severity === null || !filter.severities.includes(event.severity)))
    return false;
  if (filter.actor && event.actor !== filter.actor) return false;
  if (filter.text && !event.subject.toLowerCase().includes(filter.text.toLowerCase())) return false;
  return true;
}

/** The fake host answering the journal methods from an in-memory day of events. */
export function createFakeJournal(eventCount = 0) {
  const fake = createFakeHost();
  const events: JournalEvent[] = [];
  const append = (count: number, kind: EventKind = 'note', severity: Severity | null = null) => {
    for (let i = 0; i < count; i++) events.push(journalEvent(events.length + 1, kind, severity));
  };
  append(eventCount);
  let currentDay: DayInfo | null = dayInfo(1);
  const status = (): JournalStatus => ({
    path: '/tmp/journal.sqlite',
    schemaVersion: 1,
    currentDay,
    actor: 'ana',
    problem: null,
  });
  fake.handle('journal.status', () => status());
  fake.handle('journal.days', () => (currentDay ? [currentDay] : []));
  const timelineAnswer = ({ filter = {}, offset, limit }: MethodParams<'journal.timeline'>) => {
    const matching =
      Object.keys(filter).length === 0 ? events : events.filter((event) => matches(event, filter));
    return { total: matching.length, events: matching.slice(offset, offset + limit) };
  };
  fake.handle('journal.timeline', timelineAnswer);
  fake.handle('journal.issues', () => []);
  fake.handle('journal.snapshots', () => []);
  fake.handle('journal.transcripts', () => []);
  const access = journalAccess(fake.host.api, fake.host.connection);
  return {
    ...fake,
    access,
    events,
    append,
    setCurrentDay: (day: DayInfo | null) => {
      currentDay = day;
    },
    /** The in-memory answer to a timeline page, for handlers that delay it. */
    handlerAnswer: () => timelineAnswer,
    /** The offsets of the timeline pages asked for, in order. */
    pageOffsets: () => fake.callsOf('journal.timeline').map((params) => params.offset),
  };
}
