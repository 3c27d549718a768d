import { didYouMean } from '../../../../shared/workspace/didYouMean';
import type { Environment } from '../../../../shared/workspace/workspaceTypes';
import { namesAssignedIn, variableReferences } from '../variables/shellReferences';
import { isProcessVariable, outputVariableName } from './knownVariables';
import type { SourcePosition } from './sourceText';
import type { StepNote, SubstitutedText } from './stepCollector';

type Report = (position: SourcePosition, message: string) => void;

/** `rollback` names a step of this runbook, and not the step itself. */
export function checkRollbacks(notes: StepNote[], report: Report): void {
  const names = notes.flatMap((note) => (note.name === null ? [] : [note.name]));
  for (const note of notes) {
    if (!note.rollback) continue;
    const target = note.rollback.name;
    if (target === note.name) {
      report(note.rollback.at, `rollback "${target}" is this step itself; name the step that undoes it`);
    } else if (!names.includes(target)) {
      const suggestion = didYouMean(target, names);
      const hint = suggestion
        ? `; did you mean "${suggestion}"?`
        : names.length > 0
          ? `; steps: ${names.join(', ')}`
          : '';
      report(note.rollback.at, `rollback "${target}" names no step of this runbook${hint}`);
    }
  }
}

/** `only`/`except` name environments of the workspace. */
export function checkEnvironmentNames(notes: StepNote[], environments: Environment[], report: Report): void {
  const known = environments.map((environment) => environment.name);
  for (const note of notes) {
    for (const { names, at } of note.environments) {
      for (const name of names.filter((candidate) => !known.includes(candidate))) {
        const suggestion = didYouMean(name, known);
        const hint = suggestion
          ? `; did you mean "${suggestion}"?`
          : `; environments: ${known.join(', ') || 'none'}`;
        report(at, `environment "${name}" is not in warroom.yaml${hint}`);
      }
    }
  }
}

/** UPPERCASE `$NAME` and `${NAME}` in a plain field: a url, a query, an env value. */
const FIELD_REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
const UPPERCASE_NAME = /^[A-Z_][A-Z0-9_]*$/;

function fieldReferences(text: string): { name: string; start: number }[] {
  return [...text.matchAll(FIELD_REFERENCE)]
    .map((match) => ({ name: (match[1] ?? match[2]) as string, start: match.index ?? 0 }))
    .filter((reference) => UPPERCASE_NAME.test(reference.name));
}

function references(substituted: SubstitutedText): { name: string; start: number }[] {
  return substituted.shell ? variableReferences(substituted.text) : fieldReferences(substituted.text);
}

/**
 * Every `$NAME` a step uses has a value when it runs: `runbookNames` (the runbook's variables,
 * the environments', the built-ins), an earlier named step's output, the step's own assignments
 * and `env`, or the shell's own process.
 */
export function checkVariables(notes: StepNote[], runbookNames: Set<string>, report: Report): void {
  const outputs = new Set<string>();
  for (const note of notes) {
    const own = new Set(note.ownNames);
    for (const substituted of note.substituted) {
      const assigned = substituted.shell ? namesAssignedIn(substituted.text) : new Set<string>();
      for (const { name, start } of references(substituted)) {
        if (runbookNames.has(name) || outputs.has(name) || own.has(name) || assigned.has(name)) continue;
        if (isProcessVariable(name)) continue;
        const suggestion = didYouMean(name, [...runbookNames, ...outputs]);
        const hint = suggestion
          ? `; did you mean $${suggestion}?`
          : '; declare it under variables: in the frontmatter, or in the environment in warroom.yaml';
        report(substituted.at(start), `unknown variable $${name}${hint}`);
      }
    }
    if (note.producesOutput && note.name !== null) outputs.add(outputVariableName(note.name));
  }
}
