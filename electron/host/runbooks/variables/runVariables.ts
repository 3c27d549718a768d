import type { CommandStep, ProbeStep, RunbookStep } from '../../../../shared/runbookTypes';
import { Redactor } from '../../secrets/redactor';
import type { ResolvedCommand, StepVariables } from '../execution/runDependencies';
import { stepOutputVariableName } from './resolveVariables';
import { expansionsLeftToShell } from './shellReferences';
import { stepVariableNames } from './stepVariableNames';
import {
  secretPlaceholder,
  substituteVariables,
  type VariableValue,
  type VariableValues,
} from './substitute';
import { substituteText, type TextField } from './substituteText';
import { VariableValueError } from './variableValueError';

/** Variables that say where a command acts, shown when it asks for confirmation. */
const WHERE_IT_ACTS = /CONTEXT|NAMESPACE|CLUSTER/;

/**
 * A run's variables as the executor uses them: resolved values at the start, named steps' outputs
 * added as they finish. Everything it gives for showing is redacted.
 */
export class RunVariables implements StepVariables {
  private readonly values: Map<string, VariableValue>;
  private readonly redactor: Redactor;

  /** `steps`: the runbook's steps in order, to know which outputs later steps read. */
  constructor(
    values: VariableValues,
    private readonly steps: readonly RunbookStep[],
  ) {
    this.values = new Map(values);
    this.redactor = Redactor.of(values);
  }

  /**
   * The script with its variables substituted, and its environment: its `env` attribute, and each
   * variable the shell expands itself (`${NAME:-x}`, arithmetic, backquotes), so that it reads the
   * run's value, as data.
   */
  command(step: CommandStep): ResolvedCommand {
    const { command, display } = substituteVariables(step.script, this.values);
    const env: Record<string, string> = {};
    for (const { name } of expansionsLeftToShell(step.script)) {
      const variable = this.values.get(name);
      if (!variable) continue;
      if (variable.value.includes('\0')) {
        throw new VariableValueError(
          name,
          'its value contains a NUL character, which no environment variable can hold',
        );
      }
      env[name] = variable.value;
    }
    for (const [name, template] of Object.entries(step.env)) {
      env[name] = substituteText(template, this.values, 'environment').text;
    }
    return { script: command, display: this.redactor.redact(display), env };
  }

  probe(step: ProbeStep): { step: ProbeStep; display: string } {
    const text = (field: string, kind: TextField) => substituteText(field, this.values, kind).text;
    if (step.probe.type === 'promql') {
      const query = substituteText(step.probe.query, this.values);
      return {
        step: { ...step, probe: { ...step.probe, query: query.text } },
        display: this.redact(query.display),
      };
    }
    const http = step.probe;
    const url = substituteText(http.url, this.values, 'url');
    const headers = Object.fromEntries(
      Object.entries(http.headers).map(([name, value]) => [name, text(value, 'header')]),
    );
    const json = http.json && {
      ...http.json,
      path: text(http.json.path, 'text'),
      ...(typeof http.json.equals === 'string' ? { equals: text(http.json.equals, 'text') } : {}),
      ...(http.json.matches !== undefined ? { matches: text(http.json.matches, 'text') } : {}),
    };
    const body = http.body === null ? null : text(http.body, 'text');
    return {
      step: { ...step, probe: { ...http, url: url.text, headers, json, body } },
      display: this.redact(`${http.method} ${url.display}`),
    };
  }

  outputUsed(step: CommandStep): boolean {
    if (!step.name) return false;
    const name = stepOutputVariableName(step.name);
    const later = this.steps.slice(this.steps.findIndex((candidate) => candidate.id === step.id) + 1);
    return later.some((candidate) => stepVariableNames(candidate).includes(name));
  }

  setOutput(step: CommandStep, stdout: string): void {
    if (step.name) this.values.set(stepOutputVariableName(step.name), { value: stdout, secret: false });
  }

  shown(): Record<string, string> {
    return Object.fromEntries(
      [...this.values].map(([name, variable]) => [name, this.shownValue(name, variable)]),
    );
  }

  context(): Record<string, string> {
    const where = [...this.values].filter(([name]) => WHERE_IT_ACTS.test(name));
    return Object.fromEntries(where.map(([name, variable]) => [name, this.shownValue(name, variable)]));
  }

  redact(text: string): string {
    return this.redactor.redact(text);
  }

  /** A step output may hold a secret it printed: shown values are redacted too. */
  private shownValue(name: string, variable: VariableValue): string {
    return variable.secret ? secretPlaceholder(name) : this.redactor.redact(variable.value);
  }
}
