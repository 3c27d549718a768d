import type { VerifyCheck, VerifyReport } from '../../../../shared/verifyTypes';
import type { Environment, Panel, Workspace } from '../../../../shared/workspace/workspaceTypes';
import { k6PrometheusPanel } from '../../k6/prometheus/k6PrometheusPanel';
import type { SecretLookup } from '../dashboard/datasourceCredentials';
import { alertRulesCheck } from './alertRulesCheck';
import { healthEndpointChecks } from './healthEndpointChecks';
import { k6OutputChecks } from './k6OutputChecks';
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
 * that), Prometheus is ready, every timeseries panel's queries return data (a k6 panel fed from
 * Prometheus is checked as the queries it generates), every k6 panel fed from k6's JSON output has
 * a file k6 can write, alert rules are loaded and healthy, scrape targets are up, health endpoints
 * say UP. Queries, rules and targets are skipped when Prometheus is not ready. Throws
 * UnknownEnvironmentError before checking anything when `environmentName` is not in the workspace;
 * absent, the default environment.
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
      const [queries, k6Outputs, rules, targets] = await Promise.all([
        panelQueryChecks(
          ready.client,
          panels.map((panel) => asQueried(panel, environment)),
          PROMETHEUS_NOT_READY,
        ),
        k6OutputChecks(environment, panels),
        alertRulesCheck(ready.client, PROMETHEUS_NOT_READY),
        scrapeTargetsCheck(ready.client, PROMETHEUS_NOT_READY),
      ]);
      return [ready.check, ...queries, ...k6Outputs, rules, targets];
    })(),
    healthEndpointChecks(environment.health, options.timeoutMs),
  ]);
  return report(environment.name, [loads, ...prometheusChecks, ...healthChecks]);
}

/** A k6 panel fed from Prometheus as the timeseries panel it is drawn as; any other panel as it is. */
function asQueried(panel: Panel, environment: Environment): Panel {
  return panel.k6?.source === 'prometheus' ? k6PrometheusPanel(panel, environment.k6) : panel;
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
