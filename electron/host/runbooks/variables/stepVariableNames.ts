import type { RunbookStep } from '../../../../shared/runbookTypes';
import { expansionsLeftToShell, namesAssignedIn, variableReferences } from './shellReferences';
import { textReferenceNames } from './substituteText';

/**
 * The variables a step reads, in the order they first appear: its script's references (substituted
 * or left to the shell) but not the names it assigns itself, its `env` values and `cwd`, and its
 * probe's fields. Manual checks read none.
 */
export function stepVariableNames(step: RunbookStep): string[] {
  if (step.type === 'check') return [];
  if (step.type === 'command') {
    const assigned = namesAssignedIn(step.script);
    const inScript = [...variableReferences(step.script), ...expansionsLeftToShell(step.script)]
      .sort((a, b) => a.start - b.start)
      .map((reference) => reference.name)
      .filter((name) => !assigned.has(name));
    const inFields = [step.cwd ?? '', ...Object.values(step.env)].flatMap(textReferenceNames);
    return [...new Set([...inScript, ...inFields])];
  }
  return [...new Set(probeFields(step.probe).flatMap(textReferenceNames))];
}

function probeFields(probe: Extract<RunbookStep, { type: 'probe' }>['probe']): string[] {
  if (probe.type === 'promql') return [probe.query];
  const json = probe.json ? [probe.json.path, String(probe.json.equals ?? ''), probe.json.matches ?? ''] : [];
  return [probe.url, ...Object.values(probe.headers), probe.body ?? '', ...json];
}
