import type { VerifyCheck, VerifyReport } from '../../../../shared/verifyTypes';
import type { Environment, Workspace } from '../../../../shared/workspace/workspaceTypes';
import type { SecretLookup } from '../dashboard/datasourceCredentials';
import { alertRulesCheck } from './alertRulesCheck';
import { healthEndpointChecks } from './healthEndpointChecks';
import { panelQueryChecks } from './panelQueryChecks';
import { prometheusReadyCheck } from './prometheusReadyCheck';
import { scrapeTargetsCheck } from './scrapeTargetsCheck';
import { type WorkspaceToVerify, workspaceCheck } from './workspaceCheck';

/** Why queries, rules and targets were not checked. */
const PROMETHEUS_NOT_READY = 'not checked: Prometheus is not ready';

export interface VerifyOptions {
  /** A secret's value by its name (the Prometheus credentials). */
  secret: SecretLookup;
  /** The most one request may take; default: the environment's Prometheus timeout, the health panel's. */
  timeoutMs?: number;
}

/** The environment asked for is not in the workspace; `known` lists those that are. */
export class UnknownEnvironmentError extends Error {
  override readonly name = 'UnknownEnvironmentError';
  constructor(
    readonly environment: string,
    readonly known: readonly string[],
  ) {
    super(`the workspace has no environment "${environment}"; it has ${known.join(', ')}`);
  }
}

/**
 * Whether an environment is ready for a test day, in order: the workspace file loads (else only
 * that), Prometheus is ready, every timeseries panel's queries return data, alert rules are
 * loaded and healthy, scrape targets are up, health endpoints say UP. Queries, rules and targets
 * are skipped when Prometheus is not ready. Throws UnknownEnvironmentError before checking
 * anything when `environmentName` is not in the workspace; absent, the default environment.
 */
export async function verifyEnvironment(
  target: WorkspaceToVerify,
  environmentName: string | undefined,
  options: VerifyOptions,
): Promise<VerifyReport> {
  const loads = workspaceCheck(target);
  if (!target.workspace) return report(null, [loads]);
  const environment = environmentOf(target.workspace, environmentName);
  const panels = target.workspace.dashboard?.panels ?? [];
  const [prometheusChecks, healthChecks] = await Promise.all([
    (async () => {
      const ready = await prometheusReadyCheck(environment, options.secret, options.timeoutMs);
      const [queries, rules, targets] = await Promise.all([
        panelQueryChecks(ready.client, panels, PROMETHEUS_NOT_READY),
        alertRulesCheck(ready.client, PROMETHEUS_NOT_READY),
        scrapeTargetsCheck(ready.client, PROMETHEUS_NOT_READY),
      ]);
      return [ready.check, ...queries, rules, targets];
    })(),
    healthEndpointChecks(environment.health, options.timeoutMs),
  ]);
  return report(environment.name, [loads, ...prometheusChecks, ...healthChecks]);
}

function environmentOf(workspace: Workspace, name: string | undefined): Environment {
  const wanted = name ?? workspace.defaultEnvironment;
  const environment = Object.hasOwn(workspace.environments, wanted)
    ? workspace.environments[wanted]
    : undefined;
  if (!environment) throw new UnknownEnvironmentError(name ?? '', Object.keys(workspace.environments));
  return environment;
}

function report(environment: string | null, checks: VerifyCheck[]): VerifyReport {
  return { environment, ok: checks.every((check) => check.status !== 'fail'), checks };
}
