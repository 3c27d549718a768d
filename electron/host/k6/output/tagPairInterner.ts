import { ByteInterner, isPlainJsonText } from './byteInterner';

/** One `"key":"value"` of a tags object, with ids that tell keys and pairs apart without comparing text. */
export interface TagPair {
  /** Differs between any two pairs the interner ever made. */
  readonly id: number;
  /** The same for every pair of the same key, as long as the key keeps its slot. */
  readonly keyId: number;
  readonly key: string;
  readonly value: string;
}

interface TagKey {
  id: number;
  text: string;
}

const QUOTE = 0x22;
/** The `":"` between a key's closing quote and its value's opening one. */
const BETWEEN_KEY_AND_VALUE = 3;

/**
 * Interns the bytes of a whole `"key":"value"` pair in one look-up: k6 writes the same few pairs
 * on every line. The bytes are the scanner's guess at a pair (the quotes found, nothing checked
 * inside them): a pair is only made of text JSON allows raw, so a guess that matches a known pair
 * is right, and an escape or a control character anywhere makes it no pair at all.
 */
export class TagPairInterner {
  private nextKeyId = 0;
  private nextPairId = 0;
  private readonly keys = new ByteInterner<TagKey>((bytes, start, end) => ({
    id: this.nextKeyId++,
    text: bytes.toString('utf8', start, end),
  }));
  private readonly pairs = new ByteInterner<TagPair>((bytes, start, end) => {
    if (!isPlainJsonText(bytes, start + 1, end - 1)) return null;
    const keyEnd = bytes.indexOf(QUOTE, start + 1);
    const key = this.keys.intern(bytes, start + 1, keyEnd) as TagKey;
    return {
      id: this.nextPairId++,
      keyId: key.id,
      key: key.text,
      value: bytes.toString('utf8', keyEnd + BETWEEN_KEY_AND_VALUE, end - 1),
    };
  });

  /** The pair written in `bytes[start, end)`, quotes included; null when it is not plain text. */
  pairAt(bytes: Buffer, start: number, end: number): TagPair | null {
    return this.pairs.intern(bytes, start, end);
  }
}
