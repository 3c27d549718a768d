import type { DayInfo } from '../../../../../shared/journalTypes';
import { EVENT_COLUMNS, type EventRow } from '../../../journal/eventRows';
import type { Journal } from '../../../journal/journal';
import { type RedactText, redactJson } from '../redaction/reportRedactor';

/** How a reader re-computes each event's hash, written into the file so it can be checked without Warroom. */
export const AUDIT_HASH_RULE =
  'hash = hex(sha256(utf8(seq + "|" + dayId + "|" + time + "|" + (severity ?? "-") + "|" + f(kind) + f(actor) + f(subject) + f(payloadText) + prevHash))), where f(text) = text.length + ":" + text + "|" and length counts UTF-16 code units (JavaScript\'s String length); each event\'s prevHash is the hash of the event before it in the journal';

export interface AuditEvent {
  seq: number;
  dayId: number;
  time: number;
  kind: string;
  actor: string;
  subject: string;
  severity: number | null;
  /** The payload exactly as stored (JSON text), which the hash covers. */
  payloadText: string;
  prevHash: string;
  hash: string;
  /** A secret was replaced in this event: its own hash no longer re-computes from what is shown; its link does. */
  redacted?: true;
}

export interface AuditLog {
  format: 'warroom-audit-log';
  formatVersion: 1;
  hashAlgorithm: 'sha256';
  hashRule: string;
  day: DayInfo;
  /** The journal's own check of its whole chain when the file was written. */
  journalCheck: { eventsChecked: number; problem: string | null };
  /** The events whose text was redacted, so whose hash is vouched for only by the journal. */
  redactedEvents: number[];
  events: AuditEvent[];
}

/** Rows read per step, so a long day is never held twice as rows and as events. */
const AUDIT_PAGE = 2000;

/** The day's full event chain with its hashes, text redacted where a secret showed. */
export function auditLog(journal: Journal, day: DayInfo, redact: RedactText): AuditLog {
  const check = journal.verify();
  const statement = journal.database.prepare<[number, number, number], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE day_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
  );
  const events: AuditEvent[] = [];
  const redactedEvents: number[] = [];
  for (let after = 0; ; ) {
    const rows = statement.all(day.id, after, AUDIT_PAGE);
    for (const row of rows) {
      const event = auditEvent(row, redact);
      if (event.redacted) redactedEvents.push(event.seq);
      events.push(event);
    }
    if (rows.length < AUDIT_PAGE) break;
    after = rows.at(-1)?.seq ?? after;
  }
  return {
    format: 'warroom-audit-log',
    formatVersion: 1,
    hashAlgorithm: 'sha256',
    hashRule: AUDIT_HASH_RULE,
    day,
    journalCheck: {
      eventsChecked: check.eventsChecked,
      problem: check.problem ? `event #${check.problem.seq}: ${check.problem.message}` : null,
    },
    redactedEvents,
    events,
  };
}

function auditEvent(row: EventRow, redact: RedactText): AuditEvent {
  const shown = {
    actor: redact(row.actor),
    subject: redact(row.subject),
    payloadText: redactedPayload(row.payload, redact),
  };
  const redacted =
    shown.actor !== row.actor || shown.subject !== row.subject || shown.payloadText !== row.payload;
  return {
    seq: row.seq,
    dayId: row.day_id,
    time: row.time,
    kind: row.kind,
    ...shown,
    severity: row.severity,
    prevHash: row.prev_hash,
    hash: row.hash,
    ...(redacted ? { redacted: true as const } : {}),
  };
}

/** The stored text itself when nothing in it is secret; else the payload re-written with its strings redacted. */
function redactedPayload(text: string, redact: RedactText): string {
  // Without escapes the stored text shows every string as it is, so redacting the text finds all;
  // an escaped string (a quote, a newline) is only seen whole once parsed.
  if (!text.includes('\\') && redact(text) === text) return text;
  const payload = JSON.parse(text) as unknown;
  const shown = JSON.stringify(redactJson(JSON.parse(text), redact));
  return shown === JSON.stringify(payload) ? text : shown;
}

/** The log as JSON with one event a line: diffable and greppable, a third the size of indented JSON. */
export function auditLogJson(log: AuditLog): string {
  const { events, ...header } = log;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const lines = events.map((event) => JSON.stringify(event));
  return `${head},\n  "events": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
