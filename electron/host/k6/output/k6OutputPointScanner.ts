import type { K6Point } from '../../../../shared/k6/k6Types';
import { ByteInterner, isPlainJsonText } from './byteInterner';
import { rfc3339MsFromBytes } from './rfc3339Bytes';
import { type TagPair, TagPairInterner } from './tagPairInterner';
import { type K6Tags, NO_TAGS, TagSetInterner } from './tagSetInterner';

const QUOTE = 0x22;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const MINUS = 0x2d;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
/** Digits whose value and power of ten are both exact doubles: one division then rounds as JSON.parse does. */
const MAX_EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_EXACT_DIGITS + 1 }, (_, n) => 10 ** n);

/** More tags than this on one point is not k6's shape; such a line goes to the general parser. */
const MAX_TAGS = 64;

const bytesOf = (text: string) => Uint8Array.from(Buffer.from(text));
const KEY_TYPE = bytesOf('type');
const KEY_METRIC = bytesOf('metric');
const KEY_DATA = bytesOf('data');
const KEY_TIME = bytesOf('time');
const KEY_VALUE = bytesOf('value');
const KEY_TAGS = bytesOf('tags');
const KEY_METADATA = bytesOf('metadata');
const POINT = bytesOf('Point');
const NULL = bytesOf('null');

/** Not a position: the scan gave up and the line goes to the general parser. */
const GAVE_UP = -1;

function isText(bytes: Buffer, start: number, end: number, expected: Uint8Array): boolean {
  if (end - start !== expected.length) return false;
  for (let index = 0; index < expected.length; index++) {
    if (bytes[start + index] !== expected[index]) return false;
  }
  return true;
}

/**
 * The fast path for the Point lines of `k6 run --out json`, straight from bytes: the same result as
 * parseK6OutputLine on every line it takes, and null for every line it does not (a Metric line,
 * a key it does not know, a key twice, an escape in a string, whitespace between tokens, a time or
 * a value out of the ordinary…), which then goes to the general parser. Keys may come in any order.
 * Strings and tag sets are interned, so a line of a known tag set allocates only its point.
 */
export class K6OutputPointScanner {
  private readonly metricNames = new ByteInterner((bytes, start, end) =>
    isPlainJsonText(bytes, start, end) ? bytes.toString('utf8', start, end) : null,
  );
  private readonly tagPairs = new TagPairInterner();
  private readonly tagSets = new TagSetInterner();
  /** The pairs of the tags object being read. */
  private readonly pairs: TagPair[] = [];
  // Where the content of the last string findString read lies.
  private stringStart = 0;
  private stringEnd = 0;
  // What the last scanData found.
  private timeMs = Number.NaN;
  private value = Number.NaN;
  private tags: K6Tags = NO_TAGS;

  /** The Point in `bytes[start, end)`, or null when the general parser must read the line. */
  scan(bytes: Buffer, start: number, end: number): K6Point | null {
    if (bytes[start] !== OPEN_BRACE) return null;
    let metric: string | null = null;
    let sawType = false;
    let sawData = false;
    let at = start + 1;
    for (;;) {
      at = this.findString(bytes, at, end);
      if (at === GAVE_UP || bytes[at] !== COLON) return null;
      at++;
      const keyStart = this.stringStart;
      const keyEnd = this.stringEnd;
      if (isText(bytes, keyStart, keyEnd, KEY_TYPE)) {
        at = this.findString(bytes, at, end);
        if (sawType || at === GAVE_UP || !isText(bytes, this.stringStart, this.stringEnd, POINT)) return null;
        sawType = true;
      } else if (isText(bytes, keyStart, keyEnd, KEY_METRIC)) {
        at = this.findString(bytes, at, end);
        if (metric !== null || at === GAVE_UP) return null;
        metric = this.metricNames.intern(bytes, this.stringStart, this.stringEnd);
        if (metric === null) return null;
      } else if (isText(bytes, keyStart, keyEnd, KEY_DATA)) {
        if (sawData) return null;
        at = this.scanData(bytes, at, end);
        if (at === GAVE_UP) return null;
        sawData = true;
      } else {
        return null;
      }
      const next = bytes[at];
      if (next === CLOSE_BRACE) break;
      if (next !== COMMA) return null;
      at++;
    }
    if (at + 1 !== end || !sawType || !sawData || metric === null) return null;
    return { metric, timeMs: this.timeMs, value: this.value, tags: this.tags };
  }

  /**
   * The quotes of a string starting at `at`, nothing checked between them: where its content lies
   * is kept, the position after it returned. Only for text then compared with known plain text
   * (or checked on a miss), since an escaped quote ends it early and a control character passes.
   */
  private findString(bytes: Buffer, at: number, end: number): number {
    if (bytes[at] !== QUOTE) return GAVE_UP;
    const first = at + 1;
    let index = first;
    while (index < end && bytes[index] !== QUOTE) index++;
    if (index === end) return GAVE_UP;
    this.stringStart = first;
    this.stringEnd = index;
    return index + 1;
  }

  /** The `data` object of a Point: time, value, tags (absent or null: none) and metadata (skipped). */
  private scanData(bytes: Buffer, at: number, end: number): number {
    if (bytes[at] !== OPEN_BRACE) return GAVE_UP;
    let timeMs = Number.NaN;
    let value = Number.NaN;
    let sawValue = false;
    let sawTags = false;
    let sawMetadata = false;
    this.tags = NO_TAGS;
    at++;
    for (;;) {
      at = this.findString(bytes, at, end);
      if (at === GAVE_UP || bytes[at] !== COLON) return GAVE_UP;
      at++;
      const keyStart = this.stringStart;
      const keyEnd = this.stringEnd;
      if (isText(bytes, keyStart, keyEnd, KEY_TIME)) {
        if (!Number.isNaN(timeMs)) return GAVE_UP;
        // The time is read character by character: an escape or a control character fails it.
        at = this.findString(bytes, at, end);
        if (at === GAVE_UP) return GAVE_UP;
        timeMs = rfc3339MsFromBytes(bytes, this.stringStart, this.stringEnd);
        if (Number.isNaN(timeMs)) return GAVE_UP;
      } else if (isText(bytes, keyStart, keyEnd, KEY_VALUE)) {
        if (sawValue) return GAVE_UP;
        at = this.scanNumber(bytes, at, end);
        if (at === GAVE_UP) return GAVE_UP;
        value = this.value;
        sawValue = true;
      } else if (isText(bytes, keyStart, keyEnd, KEY_TAGS)) {
        if (sawTags) return GAVE_UP;
        at = this.scanTags(bytes, at, end);
        if (at === GAVE_UP) return GAVE_UP;
        sawTags = true;
      } else if (isText(bytes, keyStart, keyEnd, KEY_METADATA)) {
        if (sawMetadata) return GAVE_UP;
        at = this.skipStringObject(bytes, at, end);
        if (at === GAVE_UP) return GAVE_UP;
        sawMetadata = true;
      } else {
        return GAVE_UP;
      }
      const next = bytes[at];
      if (next === CLOSE_BRACE) break;
      if (next !== COMMA) return GAVE_UP;
      at++;
    }
    if (Number.isNaN(timeMs) || !sawValue) return GAVE_UP;
    this.timeMs = timeMs;
    this.value = value;
    return at + 1;
  }

  /** A JSON number; leaves it in `this.value`. */
  private scanNumber(bytes: Buffer, at: number, end: number): number {
    const start = at;
    const negative = bytes[at] === MINUS;
    if (negative) at++;
    let mantissa = 0;
    let digits = 0;
    let byte = bytes[at] as number;
    if (byte === DIGIT_0) {
      at++;
      byte = bytes[at] as number;
      // JSON forbids a leading zero.
      if (byte >= DIGIT_0 && byte <= DIGIT_9) return GAVE_UP;
    } else if (byte > DIGIT_0 && byte <= DIGIT_9) {
      while (at < end && byte >= DIGIT_0 && byte <= DIGIT_9) {
        mantissa = mantissa * 10 + (byte - DIGIT_0);
        digits++;
        byte = bytes[++at] as number;
      }
    } else {
      return GAVE_UP;
    }
    let fractionDigits = 0;
    if (byte === DOT) {
      byte = bytes[++at] as number;
      while (at < end && byte >= DIGIT_0 && byte <= DIGIT_9) {
        mantissa = mantissa * 10 + (byte - DIGIT_0);
        fractionDigits++;
        byte = bytes[++at] as number;
      }
      if (fractionDigits === 0) return GAVE_UP;
    }
    let exponent = false;
    if (byte === LOWER_E || byte === UPPER_E) {
      exponent = true;
      byte = bytes[++at] as number;
      if (byte === MINUS || byte === 0x2b) byte = bytes[++at] as number;
      const first = at;
      while (at < end && byte >= DIGIT_0 && byte <= DIGIT_9) byte = bytes[++at] as number;
      if (at === first) return GAVE_UP;
    }
    if (exponent || digits + fractionDigits > MAX_EXACT_DIGITS) {
      // Well-formed but not exact in one division: the text is a JSON number, so Number() reads it as JSON.parse does.
      this.value = Number(bytes.toString('latin1', start, at));
    } else {
      const magnitude = mantissa / (POWERS_OF_TEN[fractionDigits] as number);
      this.value = negative ? -magnitude : magnitude;
    }
    return at;
  }

  /** `null` or an object of strings; the interned tag set is left in `this.tags`. */
  private scanTags(bytes: Buffer, at: number, end: number): number {
    if (bytes[at] !== OPEN_BRACE) {
      if (!isText(bytes, at, Math.min(at + NULL.length, end), NULL)) return GAVE_UP;
      this.tags = NO_TAGS;
      return at + NULL.length;
    }
    at++;
    let count = 0;
    if (bytes[at] !== CLOSE_BRACE) {
      for (;;) {
        if (count === MAX_TAGS) return GAVE_UP;
        const pairStart = at;
        at = this.findString(bytes, at, end);
        if (at === GAVE_UP || bytes[at] !== COLON) return GAVE_UP;
        at = this.findString(bytes, at + 1, end);
        if (at === GAVE_UP) return GAVE_UP;
        const pair = this.tagPairs.pairAt(bytes, pairStart, at);
        if (pair === null) return GAVE_UP;
        this.pairs[count++] = pair;
        const next = bytes[at];
        if (next === CLOSE_BRACE) break;
        if (next !== COMMA) return GAVE_UP;
        at++;
      }
    }
    const tags = this.tagSets.lookup(this.pairs, count);
    if (tags === null) return GAVE_UP;
    this.tags = tags;
    return at + 1;
  }

  /** `null` or a flat object of strings, read past without keeping anything (a Point's metadata). */
  private skipStringObject(bytes: Buffer, at: number, end: number): number {
    if (bytes[at] !== OPEN_BRACE) {
      return isText(bytes, at, Math.min(at + NULL.length, end), NULL) ? at + NULL.length : GAVE_UP;
    }
    at++;
    if (bytes[at] === CLOSE_BRACE) return at + 1;
    for (;;) {
      const pairStart = at;
      at = this.findString(bytes, at, end);
      if (at === GAVE_UP || bytes[at] !== COLON) return GAVE_UP;
      at = this.findString(bytes, at + 1, end);
      if (at === GAVE_UP || !isPlainJsonText(bytes, pairStart + 1, at - 1)) return GAVE_UP;
      const next = bytes[at];
      if (next === CLOSE_BRACE) return at + 1;
      if (next !== COMMA) return GAVE_UP;
      at++;
    }
  }
}
