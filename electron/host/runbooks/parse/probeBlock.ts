import type { ProbeStep } from '../../../../shared/runbookTypes';
import { didYouMean } from '../../../../shared/workspace/didYouMean';
import type { AttributeProblem } from './commandAttributes';
import { readHttpProbe } from './httpProbeSpec';
import { ProbeSettingReader } from './probeSettingReader';
import { COMPARATOR_HINT, readPromqlProbe } from './promqlProbeSpec';
import { describe } from './settingValues';
import { mapEntries, parseRunbookYaml, sourceOf, startOf, type YamlEntry } from './yamlNodes';

const COMMON_KEYS = ['name', 'type', 'mode', 'within', 'interval', 'continueOnError', 'only', 'except'];
const TYPE_KEYS = {
  http: ['url', 'method', 'status', 'json', 'headers', 'body'],
  promql: ['query', 'comparator', 'value', 'for'],
} as const;
type ProbeType = keyof typeof TYPE_KEYS;
const PROBE_TYPES = Object.keys(TYPE_KEYS) as ProbeType[];

/** docs/runbooks.md: a once probe has 30s, checked every 2s; a continuous one starts at once, every 5s. */
const MODE_DEFAULTS = {
  once: { withinMs: 30_000, intervalMs: 2_000 },
  continuous: { withinMs: 0, intervalMs: 5_000 },
} as const;

export type ProbeSettings = Pick<
  ProbeStep,
  'probe' | 'mode' | 'withinMs' | 'intervalMs' | 'continueOnError'
> & {
  name: string | null;
  only: string[];
  except: string[];
};

export interface ProbeBlockRead {
  /** null when the probe is broken: it cannot be checked as written. */
  settings: ProbeSettings | null;
  problems: AttributeProblem[];
  /** Offsets of the values checks across steps look at. */
  nameOffset: number | null;
  onlyOffset: number | null;
  exceptOffset: number | null;
  /** url, query, headers and body as written, where `$NAME`s are substituted. */
  substituted: { offset: number; source: string }[];
}

/** Reads a fenced `probe` block's YAML; offsets in problems are into `text`. */
export function readProbeBlock(text: string): ProbeBlockRead {
  const problems: AttributeProblem[] = [];
  const report = (offset: number, message: string) => problems.push({ offset, message });
  const empty: ProbeBlockRead = {
    settings: null,
    problems,
    nameOffset: null,
    onlyOffset: null,
    exceptOffset: null,
    substituted: [],
  };
  const document = parseRunbookYaml(text);
  if (document.errors.length > 0) {
    for (const error of document.errors)
      report(error.pos[0], yamlErrorMessage(text, error.pos[0], error.message));
    return empty;
  }
  const entries = mapEntries(document.contents, document);
  if (entries === null) {
    report(
      startOf(document.contents, 0),
      'a probe is YAML keys: type: http with url:, or type: promql with query:',
    );
    return empty;
  }
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const typeEntry = byKey.get('type');
  const type = readType(typeEntry, report);
  for (const entry of entries) checkKey(entry, type, report);
  const read = new ProbeSettingReader(document, byKey, report);
  const mode = read.choice('mode', ['once', 'continuous'] as const) ?? 'once';
  const common: Omit<ProbeSettings, 'probe'> = {
    name: read.text('name'),
    mode,
    withinMs: read.duration('within') ?? MODE_DEFAULTS[mode].withinMs,
    intervalMs: read.duration('interval') ?? MODE_DEFAULTS[mode].intervalMs,
    continueOnError: read.boolean('continueOnError') ?? false,
    only: read.names('only'),
    except: read.names('except'),
  };
  if (common.only.length > 0 && common.except.length > 0) {
    report(startOf(byKey.get('except')?.keyNode, 0), 'a probe takes only or except, not both');
  }
  const typeAt = startOf(typeEntry?.keyNode, 0);
  const probe =
    type === 'http' ? readHttpProbe(read, typeAt) : type === 'promql' ? readPromqlProbe(read, typeAt) : null;
  const substituted = ['url', 'query', 'body']
    .map((key) => sourceOf(text, byKey.get(key)?.valueNode))
    .concat(
      (mapEntries(byKey.get('headers')?.valueNode, document) ?? []).map((header) =>
        sourceOf(text, header.valueNode),
      ),
    )
    .filter((source) => source !== null);
  return {
    settings: probe && problems.length === 0 ? { ...common, probe } : null,
    problems,
    nameOffset: byKey.has('name') ? startOf(byKey.get('name')?.valueNode, 0) : null,
    onlyOffset: byKey.has('only') ? startOf(byKey.get('only')?.valueNode, 0) : null,
    exceptOffset: byKey.has('except') ? startOf(byKey.get('except')?.valueNode, 0) : null,
    substituted,
  };
}

/** yaml's message, with the fix for the slip everyone makes: `comparator: >` unquoted. */
function yamlErrorMessage(text: string, offset: number, message: string): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const hint = /^\s*comparator\s*:\s*[>|]/.test(line) ? `; ${COMPARATOR_HINT}` : '';
  return `YAML: ${message}${hint}`;
}

function readType(
  entry: YamlEntry | undefined,
  report: (offset: number, message: string) => void,
): ProbeType | null {
  if (!entry) {
    report(0, 'a probe needs type: http or type: promql');
    return null;
  }
  if (PROBE_TYPES.includes(entry.value as ProbeType)) return entry.value as ProbeType;
  const suggestion = typeof entry.value === 'string' ? didYouMean(entry.value, PROBE_TYPES) : null;
  report(
    startOf(entry.valueNode, startOf(entry.keyNode, 0)),
    `unknown probe type ${describe(entry.value)}${suggestion ? `; did you mean "${suggestion}"?` : '; use http or promql'}`,
  );
  return null;
}

function checkKey(
  entry: YamlEntry,
  type: ProbeType | null,
  report: (offset: number, message: string) => void,
): void {
  if (COMMON_KEYS.includes(entry.key)) return;
  const ownerType = PROBE_TYPES.find((candidate) =>
    (TYPE_KEYS[candidate] as readonly string[]).includes(entry.key),
  );
  const at = startOf(entry.keyNode, 0);
  if (ownerType && (type === null || ownerType === type)) return;
  if (ownerType) {
    const why = entry.key === 'for' ? '; an http probe is given its time with within' : '';
    report(at, `"${entry.key}" is for ${ownerType} probes, not ${type}${why}`);
    return;
  }
  const known = [
    ...COMMON_KEYS,
    ...(type ? TYPE_KEYS[type] : PROBE_TYPES.flatMap((name) => TYPE_KEYS[name])),
  ];
  const suggestion = didYouMean(entry.key, known);
  report(at, `unknown probe key "${entry.key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
}
