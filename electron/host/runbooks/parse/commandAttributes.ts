import { didYouMean } from '../../../../shared/workspace/didYouMean';
import type { FenceAttribute } from './fenceAttributes';
import { readBoolean, readDuration, readNameList, readText, type SettingRead } from './settingValues';

/**
 * Runme's cell attributes (its docs' "cell options" and its annotation schema), accepted so a
 * Warroom runbook stays a Runme notebook; those Warroom does not use are left to Runme.
 */
export const RUNME_ATTRIBUTES = [
  'name',
  'id',
  'runme.dev/id',
  'runme.dev/uuid',
  'runme.dev/name',
  'cwd',
  'background',
  'interactive',
  'excludeFromRunAll',
  'promptEnv',
  'closeTerminalOnSuccess',
  'openTerminalOnError',
  'mimeType',
  'terminalRows',
  'category',
  'tag',
  'interpreter',
  'skipPrompts',
] as const;

/** What Warroom adds (docs/runbooks.md); Runme ignores them. */
export const WARROOM_ATTRIBUTES = [
  'confirm',
  'timeout',
  'rollback',
  'continueOnError',
  'env',
  'only',
  'except',
] as const;

const KNOWN_ATTRIBUTES: readonly string[] = [...RUNME_ATTRIBUTES, ...WARROOM_ATTRIBUTES];

export interface CommandSettings {
  name: string | null;
  cwd: string | null;
  background: boolean;
  interactive: boolean;
  excludeFromRunAll: boolean;
  confirm: boolean;
  timeoutMs: number | null;
  rollback: string | null;
  continueOnError: boolean;
  env: Record<string, string>;
  only: string[];
  except: string[];
}

export interface AttributeProblem {
  offset: number;
  message: string;
}

export interface CommandAttributesRead {
  settings: CommandSettings;
  problems: AttributeProblem[];
  /** The attributes by name, for checks that look across steps (rollback, only, env values). */
  byName: Map<string, FenceAttribute>;
}

const DEFAULTS: CommandSettings = {
  name: null,
  cwd: null,
  background: false,
  interactive: false,
  excludeFromRunAll: false,
  confirm: false,
  timeoutMs: null,
  rollback: null,
  continueOnError: false,
  env: {},
  only: [],
  except: [],
};

/** `{"LOG_LEVEL":"debug"}`, as an object or, as Runme keeps every value, a string of JSON. */
function readEnv(value: unknown): SettingRead<Record<string, string>> {
  let object = value;
  if (typeof value === 'string') {
    try {
      object = JSON.parse(value);
    } catch {
      object = null;
    }
  }
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    return { ok: false, message: 'env is a JSON object of variables: {"LOG_LEVEL":"debug"}' };
  }
  const env: Record<string, string> = {};
  for (const [name, entry] of Object.entries(object)) {
    const text = readText(entry);
    if (!text.ok) return { ok: false, message: `env ${name}: ${text.message}` };
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      return { ok: false, message: `env: ${JSON.stringify(name)} is not a variable name` };
    }
    env[name] = text.value;
  }
  return { ok: true, value: env };
}

type Setter = (settings: CommandSettings, value: unknown) => SettingRead<unknown>;

function booleanSetter(
  key: 'background' | 'interactive' | 'excludeFromRunAll' | 'confirm' | 'continueOnError',
): Setter {
  return (settings, value) => {
    const read = readBoolean(value);
    if (read.ok) settings[key] = read.value;
    return read;
  };
}

function textSetter(key: 'name' | 'cwd' | 'rollback'): Setter {
  return (settings, value) => {
    const read = readText(value);
    if (read.ok) settings[key] = read.value.trim() === '' ? null : read.value.trim();
    return read;
  };
}

function listSetter(key: 'only' | 'except'): Setter {
  return (settings, value) => {
    const read = readNameList(value);
    if (read.ok) settings[key] = read.value;
    return read;
  };
}

/** The attributes Warroom reads; Runme's others are accepted as they are. */
const SETTERS: Record<string, Setter> = {
  name: textSetter('name'),
  cwd: textSetter('cwd'),
  rollback: textSetter('rollback'),
  background: booleanSetter('background'),
  interactive: booleanSetter('interactive'),
  excludeFromRunAll: booleanSetter('excludeFromRunAll'),
  confirm: booleanSetter('confirm'),
  continueOnError: booleanSetter('continueOnError'),
  only: listSetter('only'),
  except: listSetter('except'),
  timeout: (settings, value) => {
    const read = readDuration(value, 'timeout');
    if (read.ok) settings.timeoutMs = read.value;
    return read;
  },
  env: (settings, value) => {
    const read = readEnv(value);
    if (read.ok) settings.env = read.value;
    return read;
  },
};

/**
 * A command fence's attributes as settings. An unknown name is reported only in a runbook
 * (`strictNames`): in a plain Runme notebook it may be a Runme attribute newer than this list.
 */
export function readCommandAttributes(
  attributes: FenceAttribute[],
  strictNames: boolean,
): CommandAttributesRead {
  const settings: CommandSettings = { ...DEFAULTS, env: {}, only: [], except: [] };
  const problems: AttributeProblem[] = [];
  const byName = new Map<string, FenceAttribute>();
  for (const attribute of attributes) {
    byName.set(attribute.name, attribute);
    const setter = SETTERS[attribute.name];
    if (setter) {
      const read = setter(settings, attribute.value);
      if (!read.ok)
        problems.push({ offset: attribute.valueOffset, message: `${attribute.name}: ${read.message}` });
    } else if (strictNames && !KNOWN_ATTRIBUTES.includes(attribute.name)) {
      problems.push({ offset: attribute.nameOffset, message: unknownAttributeMessage(attribute.name) });
    }
  }
  if (settings.only.length > 0 && settings.except.length > 0) {
    const except = byName.get('except');
    problems.push({
      offset: except?.nameOffset ?? 0,
      message:
        'a step takes only or except, not both: name the environments it is for, or those it is not for',
    });
  }
  return { settings, problems, byName };
}

export function isRunmeAttribute(name: string): boolean {
  return (RUNME_ATTRIBUTES as readonly string[]).includes(name);
}

export function unknownAttributeMessage(name: string): string {
  const suggestion = didYouMean(name, KNOWN_ATTRIBUTES);
  const hint = suggestion
    ? `; did you mean "${suggestion}"?`
    : `; known: ${WARROOM_ATTRIBUTES.join(', ')} and Runme's`;
  return `unknown attribute "${name}"${hint}`;
}
