/**
 * The JSONPath subset a probe's `json.path` may use: `$` (the whole body), `.key`, `[N]` and
 * `['key']` / `["key"]`. Wildcards, recursion, slices and filters are refused: a probe checks one value.
 */

/** A key into an object, or an index into a list. */
export type JsonPathSegment = string | number;

export type JsonPathParse =
  | { ok: true; segments: JsonPathSegment[] }
  /** `column` is 1-based within the path text. */
  | { ok: false; column: number; message: string };

export type JsonPathValue = { found: true; value: unknown } | { found: false; reason: string };

/** RFC 9535's member-name-shorthand: a letter, `_` or non-ASCII, then those or digits. */
const NAME_FIRST = /[A-Za-z_\u0080-\uffff]/;
const NAME_CHAR = /[A-Za-z0-9_\u0080-\uffff]/;

const FORMS = ".key, [0] or ['key']";

/** Reads a path into its segments, or says where and why it is not one this subset reads. */
export function parseJsonPath(path: string): JsonPathParse {
  if (path[0] !== '$') return fault(1, `a JSONPath starts with $ (for example $.status)`);
  const segments: JsonPathSegment[] = [];
  let at = 1;
  while (at < path.length) {
    const char = path[at];
    if (char === '.') {
      if (path[at + 1] === '.')
        return fault(at + 1, 'recursive descent (..) is not supported; name each key');
      const start = at + 1;
      let end = start;
      while (end < path.length && NAME_CHAR.test(path[end] ?? '')) end++;
      if (end === start || !NAME_FIRST.test(path[start] ?? '')) {
        const found = path[start];
        if (found === undefined) return fault(start + 1, 'a key is missing after the dot');
        if (found === '*') return fault(start + 1, 'wildcards (*) are not supported; name the key');
        if (/[0-9]/.test(found))
          return fault(start + 1, `write [${found}] for an index, or ['${found}'] for a key`);
        return fault(start + 1, `"${found}" cannot start a key after a dot; write ['key'] for such keys`);
      }
      segments.push(path.slice(start, end));
      at = end;
    } else if (char === '[') {
      const read = readBracket(path, at);
      if (!read.ok) return read;
      segments.push(read.segment);
      at = read.next;
    } else {
      return fault(at + 1, `expected ${FORMS} here, found "${char}"`);
    }
  }
  return { ok: true, segments };
}

type BracketRead =
  | { ok: true; segment: JsonPathSegment; next: number }
  | { ok: false; column: number; message: string };

/** Reads `[N]`, `['key']` or `["key"]` starting at the `[` at `open`. */
function readBracket(path: string, open: number): BracketRead {
  const first = path[open + 1];
  if (first === "'" || first === '"') return readQuotedKey(path, open, first);
  let end = open + 1;
  while (end < path.length && /[0-9]/.test(path[end] ?? '')) end++;
  if (end === open + 1) {
    if (first === undefined) return fault(open + 1, 'unclosed [');
    if (first === '*') return fault(open + 2, 'wildcards ([*]) are not supported; give an index');
    if (first === '?') return fault(open + 2, 'filters ([?...]) are not supported; give an index');
    return fault(open + 2, `expected an index or a quoted key after [, found "${first}"`);
  }
  if (path[end] !== ']') {
    return path[end] === undefined
      ? fault(end + 1, 'unclosed [')
      : fault(
          end + 1,
          `expected ] after the index, found "${path[end]}" (slices and lists are not supported)`,
        );
  }
  const digits = path.slice(open + 1, end);
  if (digits.length > 1 && digits.startsWith('0')) return fault(open + 2, 'an index has no leading zeros');
  return { ok: true, segment: Number(digits), next: end + 1 };
}

/** Reads a quoted key; inside, a backslash escapes the quote or itself. */
function readQuotedKey(path: string, open: number, quote: string): BracketRead {
  let key = '';
  let at = open + 2;
  while (at < path.length) {
    const char = path[at];
    if (char === '\\') {
      const escaped = path[at + 1];
      if (escaped !== quote && escaped !== '\\') {
        return fault(at + 1, `only \\${quote} and \\\\ are escapes inside a quoted key`);
      }
      key += escaped;
      at += 2;
    } else if (char === quote) {
      if (path[at + 1] !== ']') return fault(at + 2, `expected ] after the quoted key`);
      return { ok: true, segment: key, next: at + 2 };
    } else {
      key += char;
      at++;
    }
  }
  return fault(open + 2, `unclosed quote: the key has no closing ${quote}`);
}

function fault(column: number, message: string): { ok: false; column: number; message: string } {
  return { ok: false, column, message };
}

/** The value at `segments` in a parsed JSON body, or why there is none there. */
export function evaluateJsonPath(segments: readonly JsonPathSegment[], body: unknown): JsonPathValue {
  let value = body;
  for (const [index, segment] of segments.entries()) {
    const where = formatJsonPath(segments.slice(0, index));
    if (typeof segment === 'number') {
      if (!Array.isArray(value)) return { found: false, reason: `${where} is ${kindOf(value)}, not a list` };
      if (segment >= value.length) {
        return { found: false, reason: `${where} has ${value.length} item${value.length === 1 ? '' : 's'}` };
      }
      value = value[segment];
    } else {
      if (!isObject(value)) return { found: false, reason: `${where} is ${kindOf(value)}, not an object` };
      if (!Object.hasOwn(value, segment)) return { found: false, reason: `${where} has no key "${segment}"` };
      value = value[segment];
    }
  }
  return { found: true, value };
}

/** Segments as a path again, dotted where a key allows it: `$.checks[0]['db-primary']`. */
export function formatJsonPath(segments: readonly JsonPathSegment[]): string {
  let text = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (isShorthandName(segment)) text += `.${segment}`;
    else text += `['${segment.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}']`;
  }
  return text;
}

function isShorthandName(key: string): boolean {
  return key.length > 0 && NAME_FIRST.test(key[0] ?? '') && [...key].every((char) => NAME_CHAR.test(char));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a JSON value is named in a reason: "a string", "a list", "null". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
