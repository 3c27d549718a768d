import type { Environment } from '../../../../shared/workspace/workspaceTypes';

/** The variables Warroom sets for every step of a run in `environment` (docs/runbooks.md, "Variables"). */
export function builtInVariables(environment: Environment): Record<string, string> {
  const builtIns: Record<string, string> = { WARROOM_ENVIRONMENT: environment.name };
  if (environment.prometheus) builtIns.PROMETHEUS_URL = environment.prometheus.url;
  // The sandbox service listens on loopback only, at the port warroom.yaml gives it.
  if (environment.sandbox) builtIns.SERVICE_URL = `http://127.0.0.1:${environment.sandbox.servicePort}`;
  return builtIns;
}
