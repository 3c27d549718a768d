import { ApiError } from '../../../shared/apiErrors';
import type { Environment } from '../../../shared/workspace/workspaceTypes';
import {
  datasourceCredentials,
  secretFromProcessEnvironment,
} from '../metrics/dashboard/datasourceCredentials';
import { PrometheusClient } from '../metrics/prometheus/prometheusClient';
import type { SecretStore } from '../secrets/secretStore';
import type { ProbeRunner } from './execution/runDependencies';
import { notForEnvironment } from './execution/runScope';
import { ContinuousProbe } from './probes/continuousProbe';
import { runProbe } from './probes/runProbe';
import type { RunbookServiceOptions, RunInputs } from './runbookService';
import { planVariables, resolveVariables, type VariableSources } from './variables/resolveVariables';
import { RunVariables } from './variables/runVariables';

export interface RunbookRuntimeOptions {
  secrets: SecretStore;
  /** Put first on every step's PATH: the folder with the `warroom` command, so drills can call it. */
  binDir: string | null;
  /** Every step's environment also gets these (the journal and sandbox state `warroom` commands use). */
  stepEnv: Record<string, string>;
}

type RuntimeParts = Pick<RunbookServiceOptions, 'plan' | 'variables' | 'probes' | 'stepEnvironment'>;

/**
 * How runs get their variables, secrets, probes and environment: the same for the console and
 * for `warroom run`. A secret is kept under `environment/NAME`, so one environment's password
 * never fills another's run.
 */
export function runbookRuntime(options: RunbookRuntimeOptions): RuntimeParts {
  const { secrets } = options;
  const sources = (entry: RunInputs['entry'], environment: Environment): VariableSources => ({
    declared: entry.runbook.variables,
    steps: entry.runbook.steps.filter((step) => notForEnvironment(step, environment.name) === null),
    environment,
    remembered: (name) => secrets.valueOf(secretKey(environment, name)),
  });
  return {
    plan: ({ entry, environment }) => {
      const canRemember = secrets.canRemember();
      return {
        variables: planVariables(sources(entry, environment)),
        canRemember: canRemember.ok,
        cannotRememberReason: canRemember.ok ? null : canRemember.reason,
      };
    },
    variables: ({ entry, environment, values, remember }) => {
      const resolution = resolveVariables(sources(entry, environment), values);
      if (!resolution.ok) {
        throw new ApiError('bad_request', resolution.missing.map((missing) => missing.message).join('; '));
      }
      for (const [name, variable] of resolution.values) {
        if (!variable.secret || !Object.hasOwn(values, name)) continue;
        const key = secretKey(environment, name);
        try {
          if (remember.includes(name)) secrets.remember(key, variable.value);
          else secrets.hold(key, variable.value);
        } catch (error) {
          throw new ApiError('refused', `${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return new RunVariables(resolution.values, entry.runbook.steps);
    },
    probes: (environment) =>
      probeRunner(environment, (name) => secrets.valueOf(secretKey(environment, name))),
    stepEnvironment: (environment) => ({
      ...options.stepEnv,
      WARROOM_ENVIRONMENT: environment.name,
      PATH: [options.binDir, process.env.PATH].filter(Boolean).join(':'),
    }),
  };
}

export function secretKey(environment: Environment, name: string): string {
  return `${environment.name}/${name}`;
}

/** Probes against the environment's Prometheus, with its credentials from the secrets given. */
function probeRunner(environment: Environment, secret: (name: string) => string | null): ProbeRunner {
  let prometheus: PrometheusClient | null = null;
  if (environment.prometheus) {
    const credentials = datasourceCredentials(
      environment,
      (name) => secret(name) ?? secretFromProcessEnvironment(name),
    );
    if (credentials.ok) {
      prometheus = new PrometheusClient({
        baseUrl: environment.prometheus.url,
        timeoutMs: environment.prometheus.timeoutMs,
        auth: credentials.auth,
      });
    }
  }
  return {
    once: (step, signal, onCheck) => runProbe(step, { now: Date.now, prometheus, onCheck }, signal),
    continuous: (step, onBreak, onCheck) => {
      const probe = new ContinuousProbe();
      probe.start(step, { now: Date.now, prometheus, onCheck }, onBreak);
      return { stop: () => void probe.stop() };
    },
  };
}
