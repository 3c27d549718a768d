import type { RunPlan } from '../../../../shared/runbookRunTypes';
import type { RunbookStep, RunbookVariable } from '../../../../shared/runbookTypes';
import type { Environment } from '../../../../shared/workspace/workspaceTypes';
import { outputVariableName } from '../parse/knownVariables';
import { builtInVariables } from './builtInVariables';
import { stepVariableNames } from './stepVariableNames';
import type { VariableValue } from './substitute';

export type PlannedVariable = RunPlan['variables'][number];

/** The variable a named step's standard output becomes for the steps after it: `pod-name` gives POD_NAME. */
export const stepOutputVariableName = outputVariableName;

export interface VariableSources {
  /** The runbook's frontmatter `variables`. */
  declared: readonly RunbookVariable[];
  /** The steps the run goes through; their references decide which environment variables it uses. */
  steps: readonly RunbookStep[];
  environment: Environment;
  /** A remembered secret's value, or null (SecretStore.valueOf). */
  remembered(name: string): string | null;
}

export interface MissingVariable {
  name: string;
  message: string;
}

export type VariableResolution =
  | { ok: true; values: Map<string, VariableValue> }
  | { ok: false; missing: MissingVariable[] };

interface KnownVariable extends PlannedVariable {
  /** The value the source gives, also for a secret; null for a prompt. */
  known: string | null;
}

/**
 * The run form's variables, in order: the runbook's own that its steps use, then the environment's variables, secrets
 * and built-ins its steps use, in the order they first appear. Names that are a named step's
 * output are the run's own, not the form's, unless the runbook declares them. Each comes, first found
 * first, from the environment, a remembered secret, the runbook's default, else the form asks; a
 * secret's value is never prefilled.
 */
export function planVariables(sources: VariableSources): PlannedVariable[] {
  return knownVariables(sources).map(({ known: _known, ...planned }) => planned);
}

/**
 * The values a run starts with: `given` (the form or `--var`) first, then as `planVariables` says.
 * Every variable of the plan needs a value; an empty string given is a value.
 */
export function resolveVariables(
  sources: VariableSources,
  given: Readonly<Record<string, string>>,
): VariableResolution {
  const values = new Map<string, VariableValue>();
  const missing: MissingVariable[] = [];
  for (const variable of knownVariables(sources)) {
    const value = Object.hasOwn(given, variable.name) ? given[variable.name] : variable.known;
    if (value === null || value === undefined) {
      missing.push({
        name: variable.name,
        message: `${variable.name} has no value: give it in the form or with --var ${variable.name}=…`,
      });
    } else {
      values.set(variable.name, { value, secret: variable.secret });
    }
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, values };
}

function knownVariables(sources: VariableSources): KnownVariable[] {
  const { environment } = sources;
  const fromEnvironment: Record<string, string> = {
    ...builtInVariables(environment),
    ...environment.variables,
  };
  const declared = new Map(sources.declared.map((variable) => [variable.name, variable]));
  const stepOutputs = new Set(
    sources.steps.flatMap((step) =>
      step.type === 'command' && step.name ? [stepOutputVariableName(step.name)] : [],
    ),
  );
  const environmentNames = new Set([...Object.keys(fromEnvironment), ...environment.secrets]);
  const usedByRun = sources.steps.flatMap(stepVariableNames);
  const used = usedByRun.filter((name) => environmentNames.has(name) && !stepOutputs.has(name));
  // A declared variable only steps for other environments use is not asked for: the sandbox needs no kube context.
  const declaredUsed = [...declared.keys()].filter((name) => usedByRun.includes(name));
  const names = [...new Set([...declaredUsed, ...used])];
  return names.map((name) => {
    const variable = declared.get(name);
    const secret = (variable?.secret ?? false) || environment.secrets.includes(name);
    const prompt = variable?.prompt ?? name;
    const [source, known] = firstSource(
      name,
      fromEnvironment,
      secret ? sources.remembered(name) : null,
      variable,
    );
    return { name, prompt, secret, value: secret ? null : known, source, known };
  });
}

function firstSource(
  name: string,
  fromEnvironment: Record<string, string>,
  remembered: string | null,
  declared: RunbookVariable | undefined,
): [PlannedVariable['source'], string | null] {
  if (Object.hasOwn(fromEnvironment, name)) return ['environment', fromEnvironment[name] ?? null];
  if (remembered !== null) return ['remembered', remembered];
  if (declared?.default !== null && declared?.default !== undefined) return ['default', declared.default];
  return ['prompt', null];
}
