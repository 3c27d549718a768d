const BACKSLASH = 0x5c;
/** Bytes below this are control characters, which JSON forbids raw inside a string. */
const FIRST_PRINTABLE = 0x20;

/** Slots of a table: the names, tags and tag values of a k6 test, with room for many more. */
const SLOTS = 1 << 12;
const SLOT_MASK = SLOTS - 1;

/** FNV-1a's constants, 32 bits. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** Below this length every byte is hashed; above it, seven bytes from both ends and the middle. */
const SAMPLED_HASH_MIN_LENGTH = 4;

/**
 * A hash of `bytes[start, end)` from its length and a few bytes at its ends and middle (where k6's
 * statuses, URLs and metric names differ): the interner compares every byte anyway, so a collision
 * costs a rebuild, never a wrong answer.
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  let hash = Math.imul(FNV_OFFSET ^ length, FNV_PRIME);
  if (length < SAMPLED_HASH_MIN_LENGTH) {
    for (let index = start; index < end; index++)
      hash = Math.imul(hash ^ (bytes[index] as number), FNV_PRIME);
    return hash;
  }
  const last = end - 1;
  const head =
    (bytes[start] as number) |
    ((bytes[start + 1] as number) << 8) |
    ((bytes[start + (length >> 1)] as number) << 16) |
    ((bytes[last] as number) << 24);
  const tail =
    (bytes[last - 1] as number) | ((bytes[last - 2] as number) << 8) | ((bytes[last - 3] as number) << 16);
  hash = Math.imul(hash ^ head, FNV_PRIME);
  hash = Math.imul(hash ^ tail, FNV_PRIME);
  return hash ^ (hash >>> 16);
}

interface Entry<T> {
  hash: number;
  bytes: Uint8Array;
  value: T;
}

function sameBytes(known: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let index = 0; index < known.length; index++) {
    if (known[index] !== bytes[start + index]) return false;
  }
  return true;
}

/**
 * What was made of some bytes, reused the next time the same bytes come: k6 repeats the same
 * metric names and tags on every line. A fixed table where a newcomer takes the slot of the entry
 * it collides with, so a test tagging by unique URLs costs allocations, never memory.
 */
export class ByteInterner<T> {
  private readonly slots: (Entry<T> | undefined)[] = new Array(SLOTS).fill(undefined);

  /**
   * `make` is called on a miss, with the bytes, which are only valid during the call; it may refuse
   * them with null, and nothing is kept then.
   */
  constructor(private readonly make: (bytes: Buffer, start: number, end: number) => T | null) {}

  /** What was made of these bytes, or null when `make` refused them. */
  intern(bytes: Buffer, start: number, end: number): T | null {
    const hash = hashBytes(bytes, start, end);
    const slot = hash & SLOT_MASK;
    const known = this.slots[slot];
    if (known !== undefined && known.hash === hash && sameBytes(known.bytes, bytes, start, end)) {
      return known.value;
    }
    const value = this.make(bytes, start, end);
    if (value === null) return null;
    this.slots[slot] = { hash, bytes: new Uint8Array(bytes.subarray(start, end)), value };
    return value;
  }
}

/** Whether `bytes[start, end)` may stand raw inside a JSON string: no escape and no control character. */
export function isPlainJsonText(bytes: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const byte = bytes[index] as number;
    if (byte === BACKSLASH || byte < FIRST_PRINTABLE) return false;
  }
  return true;
}
