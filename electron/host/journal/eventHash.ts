import { hash } from 'node:crypto';

/** The stored columns of an event that its hash covers: all of them but the hash itself. */
export interface HashedEventFields {
  seq: number;
  dayId: number;
  time: number;
  kind: string;
  actor: string;
  subject: string;
  severity: number | null;
  /** The payload exactly as stored (JSON text), so any edit of the text changes the hash. */
  payloadText: string;
  prevHash: string;
}

/**
 * SHA-256 over the event's fields and the previous event's hash. Including the seq and the
 * previous hash makes the chain break at the first edited, deleted or reordered event.
 */
export function eventHash(fields: HashedEventFields): string {
  // Each text is length-prefixed, so no choice of contents can make two events hash alike.
  const canonical = `${fields.seq}|${fields.dayId}|${fields.time}|${fields.severity ?? '-'}|${field(fields.kind)}${field(fields.actor)}${field(fields.subject)}${field(fields.payloadText)}${fields.prevHash}`;
  return hash('sha256', canonical, 'hex');
}

function field(text: string): string {
  return `${text.length}:${text}|`;
}

/** SHA-256 of stored bytes, for content (snapshots, transcripts) an event vouches for. */
export function contentHash(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex');
}
