import type { HttpProbe, ProbeSpec } from '../../../../shared/runbookTypes';
import { didYouMean } from '../../../../shared/workspace/didYouMean';
import { parseJsonPath } from '../probes/jsonPath';
import type { ProbeSettingReader } from './probeSettingReader';
import { describe, readText } from './settingValues';
import { startOf, textStartOf, type YamlEntry } from './yamlNodes';

const JSON_KEYS = ['path', 'equals', 'matches'];
const METHODS: HttpProbe['method'][] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'];
/** docs/runbooks.md: an http probe expects 200 unless it says otherwise. */
const DEFAULT_STATUS = 200;
const MIN_STATUS = 100;
const MAX_STATUS = 599;

/** An http probe's request and what its answer must be; null when it cannot be checked as written. */
export function readHttpProbe(read: ProbeSettingReader, typeAt: number): ProbeSpec | null {
  const url = read.required('url', typeAt, 'http');
  const method = read.take('method', (value) => {
    const upper = typeof value === 'string' ? (value.toUpperCase() as HttpProbe['method']) : null;
    return upper && METHODS.includes(upper)
      ? { ok: true, value: upper }
      : { ok: false, message: `expected one of ${METHODS.join(', ')}, got ${describe(value)}` };
  });
  const status = read.take('status', (value) => {
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return Number.isInteger(number) && (number as number) >= MIN_STATUS && (number as number) <= MAX_STATUS
      ? { ok: true, value: number as number }
      : {
          ok: false,
          message: `expected an HTTP status from ${MIN_STATUS} to ${MAX_STATUS}, got ${describe(value)}`,
        };
  });
  const headers = readHeaders(read);
  const body = read.take('body', (value) =>
    typeof value === 'string'
      ? { ok: true, value }
      : { ok: false, message: 'expected text; write a JSON body as a string (body: |)' },
  );
  const json = readJsonCheck(read);
  if (url === null) return null;
  return {
    type: 'http',
    url,
    method: method ?? 'GET',
    status: status ?? DEFAULT_STATUS,
    json,
    body,
    headers,
  };
}

function readHeaders(read: ProbeSettingReader): Record<string, string> {
  return (
    read.take('headers', (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { ok: false, message: 'expected a map of header names to values' };
      }
      const headers: Record<string, string> = {};
      for (const [name, entry] of Object.entries(value)) {
        const text = readText(entry);
        if (!text.ok) return { ok: false, message: `${name}: ${text.message}` };
        headers[name] = text.value;
      }
      return { ok: true, value: headers };
    }) ?? {}
  );
}

function readJsonCheck(read: ProbeSettingReader): HttpProbe['json'] {
  const entry = read.entry('json');
  if (!entry) return null;
  const at = startOf(entry.valueNode, startOf(entry.keyNode, 0));
  const entries = read.entries(entry.valueNode);
  if (entries === null) {
    read.report(at, 'json: expected a map: { path: $.status, equals: UP }');
    return null;
  }
  const byKey = new Map(entries.map((item) => [item.key, item]));
  for (const item of entries) {
    if (JSON_KEYS.includes(item.key)) continue;
    const suggestion = didYouMean(item.key, JSON_KEYS);
    read.report(
      startOf(item.keyNode, at),
      `unknown json key "${item.key}"${suggestion ? `; did you mean "${suggestion}"?` : '; use path with equals or matches'}`,
    );
  }
  const path = byKey.get('path');
  const equals = byKey.get('equals');
  const matches = byKey.get('matches');
  if (!path) read.report(at, 'json needs path: a JSONPath such as $.status');
  if (!equals === !matches) {
    read.report(at, `json needs exactly one of equals or matches${equals ? ', not both' : ''}`);
  }
  const pathText = path ? readJsonPath(read, path) : null;
  if (equals && typeof equals.value === 'object' && equals.value !== null) {
    read.report(startOf(equals.valueNode, at), 'json equals: expected text, a number, true, false or null');
  }
  const pattern = matches ? readPattern(read, matches) : null;
  if (pathText === null) return null;
  const expected = equals ? { equals: equals.value as string | number | boolean | null } : {};
  return { path: pathText, ...expected, ...(pattern === null ? {} : { matches: pattern }) };
}

function readJsonPath(read: ProbeSettingReader, entry: YamlEntry): string | null {
  const at = textStartOf(entry.valueNode, startOf(entry.keyNode, 0));
  if (typeof entry.value !== 'string') {
    read.report(at, `json path: expected a JSONPath such as $.status, got ${describe(entry.value)}`);
    return null;
  }
  const parsed = parseJsonPath(entry.value);
  if (parsed.ok) return entry.value;
  read.report(at + parsed.column - 1, `json path: ${parsed.message}`);
  return null;
}

function readPattern(read: ProbeSettingReader, entry: YamlEntry): string | null {
  const at = startOf(entry.valueNode, startOf(entry.keyNode, 0));
  const text = readText(entry.value);
  if (!text.ok) {
    read.report(at, `json matches: ${text.message}`);
    return null;
  }
  try {
    new RegExp(text.value);
    return text.value;
  } catch (error) {
    read.report(at, `json matches: ${(error as Error).message}`);
    return null;
  }
}
