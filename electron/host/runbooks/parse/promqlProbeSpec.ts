import type { ProbeSpec, PromqlProbe } from '../../../../shared/runbookTypes';
import { didYouMean } from '../../../../shared/workspace/didYouMean';
import type { ProbeSettingReader } from './probeSettingReader';
import { describe } from './settingValues';
import { isBlockScalar, startOf } from './yamlNodes';

/** The comparators as written, with the words a YAML author may use instead of a bare `>`. */
const COMPARATORS: Record<string, PromqlProbe['comparator']> = {
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
  '==': '==',
  '!=': '!=',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
  eq: '==',
  ne: '!=',
};
export const COMPARATOR_HINT = 'a bare > starts a YAML block; quote the comparator: comparator: ">"';

/** A promql probe's query and the condition every series must meet; null when it cannot be checked. */
export function readPromqlProbe(read: ProbeSettingReader, typeAt: number): ProbeSpec | null {
  const query = read.required('query', typeAt, 'promql');
  const comparator = readComparator(read, typeAt);
  const value = readValue(read, typeAt);
  const forMs = read.duration('for') ?? 0;
  if (query === null || comparator === null || value === null) return null;
  return { type: 'promql', query, comparator, value, forMs };
}

function readComparator(read: ProbeSettingReader, typeAt: number): PromqlProbe['comparator'] | null {
  const entry = read.entry('comparator');
  if (!entry) {
    read.report(typeAt, 'a promql probe needs comparator: "<", "<=", ">", ">=", "==" or "!="');
    return null;
  }
  const at = startOf(entry.valueNode, startOf(entry.keyNode, 0));
  if (isBlockScalar(entry.valueNode)) {
    read.report(at, `comparator: ${COMPARATOR_HINT}`);
    return null;
  }
  const written = typeof entry.value === 'string' ? entry.value.trim() : '';
  const comparator = COMPARATORS[written];
  if (comparator) return comparator;
  const suggestion = written ? didYouMean(written, Object.keys(COMPARATORS)) : null;
  read.report(
    at,
    `unknown comparator ${describe(entry.value)}${suggestion ? `; did you mean "${suggestion}"? Use` : '; use'} <, <=, >, >=, == or != (quoted) or lt, le, gt, ge, eq, ne`,
  );
  return null;
}

function readValue(read: ProbeSettingReader, typeAt: number): number | null {
  const entry = read.entry('value');
  if (!entry) {
    read.report(typeAt, 'a promql probe needs value: the number every series is compared with');
    return null;
  }
  const raw = entry.value;
  const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof number === 'number' && Number.isFinite(number)) return number;
  read.report(
    startOf(entry.valueNode, startOf(entry.keyNode, 0)),
    `value: expected a number, got ${describe(raw)}`,
  );
  return null;
}
