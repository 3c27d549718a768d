import type { Workspace } from '../../../../../shared/workspace/workspaceTypes';
import { MIN_REDACTED_SECRET_CHARS, Redactor } from '../../../secrets/redactor';
import { redactTokenShapes } from './tokenShapes';

/** Text as an exported file may hold it. */
export type RedactText = (text: string) => string;

export interface ReportRedactorOptions {
  /** Secrets by name: the workspace's, with the values this process knows. */
  secrets: Iterable<readonly [name: string, value: string]>;
  /** More redaction to apply first: the host's secret store, which holds what people typed in prompts. */
  before?: RedactText;
}

/**
 * What every exported format passes its text through: known secret values become `[secret NAME]`,
 * then credentials of a known shape (bearer tokens, URL passwords, AWS keys…) their marker.
 */
export function reportRedactor(options: ReportRedactorOptions): RedactText {
  const known = new Redactor(options.secrets);
  const before = options.before ?? ((text: string) => text);
  return (text) => redactTokenShapes(known.redact(before(text)));
}

/**
 * The secret names a workspace declares (its environments' secrets and Prometheus credentials) with
 * the values `lookup` knows for them: the environment variables of the same name in the CLI.
 */
export function workspaceSecrets(
  workspace: Workspace,
  lookup: (name: string) => string | undefined,
): Array<[name: string, value: string]> {
  const names = new Set<string>();
  for (const environment of Object.values(workspace.environments)) {
    for (const name of environment.secrets) names.add(name);
    const auth = environment.prometheus?.auth;
    if (auth) names.add(auth.kind === 'bearer' ? auth.secret : auth.passwordSecret);
  }
  return [...names].flatMap((name) => {
    const value = lookup(name);
    return value ? [[name, value] as [string, string]] : [];
  });
}

/** Strings shorter than this hold no secret (the redactor skips shorter values) and no token shape. */
const SHORTEST_REDACTABLE = MIN_REDACTED_SECRET_CHARS;

/**
 * A JSON value with every string in it redacted (keys too: a map may be keyed by a series name),
 * changed in place: for values built for one export, where copying a 200 000-event model would
 * cost more than the redaction. Each distinct string is redacted once (subjects repeat a lot).
 */
export function redactJson<T>(value: T, redact: RedactText): T {
  const seen = new Map<string, string>();
  const once = (text: string) => {
    if (text.length < SHORTEST_REDACTABLE) return text;
    let shown = seen.get(text);
    if (shown === undefined) {
      shown = redact(text);
      seen.set(text, shown);
    }
    return shown;
  };
  return redactValue(value, once) as T;
}

function redactValue(value: unknown, redact: RedactText): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = redactValue(value[i], redact);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = redactValue(record[key], redact);
      const shownKey = redact(key);
      if (shownKey !== key) delete record[key];
      record[shownKey] = item;
    }
  }
  return value;
}
