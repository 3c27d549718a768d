import { namesAssignedIn } from './shellAssignments';
import { quoteForShell } from './shellQuoting';
import { scanShellScript } from './shellScanner';
import type { ScannedReference } from './shellScanTypes';
import { VariableValueError } from './variableValueError';

/** A variable's value for a run; a secret is shown as `[secret NAME]` wherever a person could see it. */
export interface VariableValue {
  value: string;
  secret: boolean;
}

export type VariableValues = ReadonlyMap<string, VariableValue>;

export interface Substitution {
  /** What runs. */
  command: string;
  /** What a person sees: the same, with each secret shown as `[secret NAME]`. */
  display: string;
  /** The variables substituted, in the order they first appear. */
  used: string[];
}

export function secretPlaceholder(name: string): string {
  return `[secret ${name}]`;
}

/**
 * Replaces every reference to a variable in `values` with its value quoted for where it stands, so the
 * shell reads the value as one literal word and never as code. Left for the shell: names not in
 * `values`, names the script assigns itself, and the expansions listed by `expansionsLeftToShell`.
 */
export function substituteVariables(script: string, values: VariableValues): Substitution {
  const assigned = namesAssignedIn(script);
  let command = '';
  let display = '';
  let copied = 0;
  const used = new Set<string>();
  for (const reference of scanShellScript(script).references) {
    const variable = values.get(reference.name);
    if (!variable || assigned.has(reference.name)) continue;
    if (variable.value.includes('\0')) {
      throw new VariableValueError(
        reference.name,
        'its value contains a NUL character, which no shell word can hold',
      );
    }
    const quoted = quoteForShell(variable.value, reference.context);
    const between = script.slice(copied, reference.start);
    if (reference.hereDocument) checkHereDocumentLines(reference, quoted, command + between, script);
    command += between + quoted;
    display += between + (variable.secret ? secretPlaceholder(reference.name) : quoted);
    copied = reference.end;
    used.add(reference.name);
  }
  return {
    command: command + script.slice(copied),
    display: display + script.slice(copied),
    used: [...used],
  };
}

/**
 * The shell ends a here-document at the first raw line equal to its delimiter, and `<<-` strips every
 * raw line's leading tabs: a value must not make such a line. Checked with the text already
 * substituted before it on its line; a later value on the same line is checked in its turn.
 */
function checkHereDocumentLines(
  reference: ScannedReference,
  quoted: string,
  commandSoFar: string,
  script: string,
): void {
  const hereDocument = reference.hereDocument;
  if (!hereDocument) return;
  const lineEnd = script.indexOf('\n', reference.end);
  const lineBefore = commandSoFar.slice(commandSoFar.lastIndexOf('\n') + 1);
  const lineAfter = script.slice(reference.end, lineEnd === -1 ? script.length : lineEnd);
  const lines = `${lineBefore}${quoted}${lineAfter}`.split('\n');
  const strip = (line: string) => (hereDocument.stripTabs ? line.replace(/^\t+/, '') : line);
  if (lines.some((line) => strip(line) === hereDocument.delimiter)) {
    throw new VariableValueError(
      reference.name,
      `its value would make a line "${hereDocument.delimiter}", which ends the here-document early`,
    );
  }
  if (hereDocument.stripTabs && lines.slice(1).some((line) => line.startsWith('\t'))) {
    throw new VariableValueError(
      reference.name,
      `its value has a line starting with a tab, which <<-${hereDocument.delimiter} would strip`,
    );
  }
}
