import { isMap, isScalar, type Node, parseDocument } from 'yaml';

/** One attribute after a fence's language, with where its name and value are in the info string. */
export interface FenceAttribute {
  name: string;
  value: unknown;
  nameOffset: number;
  valueOffset: number;
  /** The value as written (quotes and all), to find `$NAME`s at their place. */
  valueSource: string;
}

export type FenceAttributesRead =
  | { ok: true; attributes: FenceAttribute[] }
  | { ok: false; offset: number; message: string };

/** Runme's older form, `{ name=x confirm=true }`: space-separated key=value words, no quotes. */
const BRACES_FORM = /^\{(\s*[^\s={}"]+=[^\s{}]*)*\s*\}$/;
const BRACES_ENTRY = /([^\s={}"]+)=([^\s{}]*)/g;
/** V8 ends a JSON.parse message with where it stopped. */
const JSON_POSITION = / in JSON at position (\d+).*$/;

/**
 * The attributes in a fence's info string after the language: Runme's JSON form
 * `{"name":"x","confirm":"true"}`, or its older `{ name=x confirm=true }`. No braces: none.
 */
export function readFenceAttributes(meta: string | null | undefined): FenceAttributesRead {
  const text = meta ?? '';
  const start = text.indexOf('{');
  if (start < 0 || text.slice(0, start).trim() !== '') return { ok: true, attributes: [] };
  const written = text.slice(start).trimEnd();
  let parsed: unknown;
  try {
    parsed = JSON.parse(written);
  } catch (error) {
    if (BRACES_FORM.test(written)) return { ok: true, attributes: bracesAttributes(written, start) };
    const message = (error as Error).message;
    const position = JSON_POSITION.exec(message);
    return {
      ok: false,
      offset: start + (position ? Number(position[1]) : 0),
      message: `attributes are not valid JSON: ${message.replace(JSON_POSITION, '')} (write {"name":"value"})`,
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, offset: start, message: 'attributes are a JSON object: {"name":"value"}' };
  }
  return { ok: true, attributes: jsonAttributes(written, start, parsed as Record<string, unknown>) };
}

function bracesAttributes(written: string, start: number): FenceAttribute[] {
  return [...written.matchAll(BRACES_ENTRY)].map((match) => {
    const nameOffset = start + (match.index ?? 0);
    const name = match[1] as string;
    return {
      name,
      value: match[2] as string,
      nameOffset,
      valueOffset: nameOffset + name.length + 1,
      valueSource: match[2] as string,
    };
  });
}

/** JSON is YAML's flow syntax: yaml finds where each key and value is. */
function jsonAttributes(written: string, start: number, parsed: Record<string, unknown>): FenceAttribute[] {
  const document = parseDocument(written, { uniqueKeys: false, prettyErrors: false, logLevel: 'silent' });
  const placed = new Map<string, { key: Node; value: Node | null }>();
  if (document.errors.length === 0 && isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key))
        placed.set(String(pair.key.value), { key: pair.key, value: pair.value as Node });
    }
  }
  return Object.entries(parsed).map(([name, value]) => {
    const place = placed.get(name);
    const keyStart = place?.key.range?.[0] ?? 0;
    const valueRange = place?.value?.range ?? [keyStart, keyStart];
    return {
      name,
      value,
      nameOffset: start + keyStart,
      valueOffset: start + valueRange[0],
      valueSource: written.slice(valueRange[0], valueRange[1]),
    };
  });
}
