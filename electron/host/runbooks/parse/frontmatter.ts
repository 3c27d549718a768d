import { RUNBOOK_KINDS, type RunbookKind, type RunbookVariable } from '../../../../shared/runbookTypes';
import { didYouMean } from '../../../../shared/workspace/didYouMean';
import { shellNameSchema } from '../../../../shared/workspace/fieldSchemas';
import type { AttributeProblem } from './commandAttributes';
import { describe, readBoolean, readText } from './settingValues';
import { mapEntries, parseRunbookYaml, startOf, type YamlEntry } from './yamlNodes';

/** What Warroom reads from the frontmatter (docs/runbooks.md). */
const WARROOM_KEYS = ['title', 'kind', 'phase', 'description', 'variables'];
/** Runme's document options, left to Runme. */
const RUNME_KEYS = ['runme', 'shell', 'cwd', 'skipPrompts', 'terminalRows', 'tag', 'category'];
const KNOWN_KEYS = [...WARROOM_KEYS, ...RUNME_KEYS];
const VARIABLE_KEYS = ['prompt', 'secret', 'default'];

export interface Frontmatter {
  /** Whether `kind:` is given at all: the file is meant as a runbook, and linted as one. */
  kindGiven: boolean;
  kind: RunbookKind | null;
  title: string | null;
  phase: string | null;
  description: string | null;
  variables: RunbookVariable[];
}

export const NO_FRONTMATTER: Frontmatter = {
  kindGiven: false,
  kind: null,
  title: null,
  phase: null,
  description: null,
  variables: [],
};

/** Reads the frontmatter's YAML; offsets in problems are into `text`. */
export function readFrontmatter(text: string): { frontmatter: Frontmatter; problems: AttributeProblem[] } {
  const problems: AttributeProblem[] = [];
  const report = (offset: number, message: string) => problems.push({ offset, message });
  const document = parseRunbookYaml(text);
  for (const error of document.errors) report(error.pos[0], `frontmatter YAML: ${error.message}`);
  if (document.errors.length > 0 || document.contents === null)
    return { frontmatter: NO_FRONTMATTER, problems };
  const entries = mapEntries(document.contents, document);
  if (entries === null) {
    report(startOf(document.contents, 0), 'frontmatter is YAML keys: title:, kind:, variables:');
    return { frontmatter: NO_FRONTMATTER, problems };
  }
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const kindEntry = byKey.get('kind');
  const frontmatter: Frontmatter = {
    kindGiven: kindEntry !== undefined,
    kind: kindEntry ? readKind(kindEntry, report) : null,
    title: textOf(byKey.get('title'), report),
    phase: textOf(byKey.get('phase'), report),
    description: textOf(byKey.get('description'), report),
    variables: readVariables(byKey.get('variables'), document, report),
  };
  if (frontmatter.kindGiven) {
    for (const entry of entries) {
      if (KNOWN_KEYS.includes(entry.key)) continue;
      const suggestion = didYouMean(entry.key, KNOWN_KEYS);
      const hint = suggestion
        ? `; did you mean "${suggestion}"?`
        : `; a runbook takes ${WARROOM_KEYS.join(', ')}`;
      report(startOf(entry.keyNode, 0), `unknown frontmatter key "${entry.key}"${hint}`);
    }
  }
  return { frontmatter, problems };
}

type Report = (offset: number, message: string) => void;

function valueAt(entry: YamlEntry): number {
  return startOf(entry.valueNode, startOf(entry.keyNode, 0));
}

function readKind(entry: YamlEntry, report: Report): RunbookKind | null {
  if (RUNBOOK_KINDS.includes(entry.value as RunbookKind)) return entry.value as RunbookKind;
  const suggestion = typeof entry.value === 'string' ? didYouMean(entry.value, RUNBOOK_KINDS) : null;
  const hint = suggestion ? `; did you mean "${suggestion}"?` : `; use ${RUNBOOK_KINDS.join(', ')}`;
  report(valueAt(entry), `kind: unknown kind ${describe(entry.value)}${hint}`);
  return null;
}

function textOf(entry: YamlEntry | undefined, report: Report): string | null {
  if (!entry || entry.value === null) return null;
  const read = readText(entry.value);
  if (read.ok) return read.value;
  report(valueAt(entry), `${entry.key}: ${read.message}`);
  return null;
}

function readVariables(
  entry: YamlEntry | undefined,
  document: Parameters<typeof mapEntries>[1],
  report: Report,
) {
  if (!entry || entry.value === null) return [];
  const variables = mapEntries(entry.valueNode, document);
  if (variables === null) {
    report(valueAt(entry), 'variables: expected a map of NAME: default, or NAME: { prompt:, secret: }');
    return [];
  }
  return variables.flatMap((variable) => {
    const named = shellNameSchema.safeParse(variable.key);
    if (!named.success) {
      const upper = variable.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
      const hint = shellNameSchema.safeParse(upper).success ? `; did you mean ${upper}?` : '';
      report(
        startOf(variable.keyNode, 0),
        `variable "${variable.key}": ${named.error.issues[0]?.message}${hint}`,
      );
      return [];
    }
    const read = readVariable(variable, document, report);
    return read ? [read] : [];
  });
}

function readVariable(
  variable: YamlEntry,
  document: Parameters<typeof mapEntries>[1],
  report: Report,
): RunbookVariable | null {
  const name = variable.key;
  const plain = { name, prompt: name, default: null, secret: false };
  if (variable.value === null) return plain;
  const settings = mapEntries(variable.valueNode, document);
  if (settings === null) {
    const read = readText(variable.value);
    if (read.ok) return { ...plain, default: read.value };
    report(valueAt(variable), `variable ${name}: expected a default value or { prompt:, secret:, default: }`);
    return null;
  }
  let result: RunbookVariable | null = { ...plain };
  for (const setting of settings) {
    const fail = (message: string) => {
      report(valueAt(setting), `variable ${name} ${setting.key}: ${message}`);
      result = null;
    };
    if (!VARIABLE_KEYS.includes(setting.key)) {
      const suggestion = didYouMean(setting.key, VARIABLE_KEYS);
      report(
        startOf(setting.keyNode, 0),
        `variable ${name}: unknown key "${setting.key}"${suggestion ? `; did you mean "${suggestion}"?` : '; use prompt, secret or default'}`,
      );
      result = null;
      continue;
    }
    const read = setting.key === 'secret' ? readBoolean(setting.value) : readText(setting.value);
    if (!read.ok) fail(read.message);
    else if (result && setting.key === 'secret') result.secret = read.value as boolean;
    else if (result && setting.key === 'prompt') result.prompt = read.value as string;
    else if (result && setting.key === 'default') result.default = read.value as string;
  }
  return result;
}
