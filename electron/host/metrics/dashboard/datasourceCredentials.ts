import type { Environment } from '../../../../shared/workspace/workspaceTypes';
import type { PrometheusCredentials } from '../prometheus/prometheusClient';

/** A secret's value, by its name in the workspace; undefined when it is not known. */
export type SecretLookup = (name: string) => string | undefined;

/**
 * Until secrets are prompted for (the runbooks' issue), a secret's value comes from the
 * environment variable of the same name, set before Warroom starts.
 */
export const secretFromProcessEnvironment: SecretLookup = (name) => process.env[name] || undefined;

/** The credentials the environment's Prometheus needs, or why they are missing. */
export function datasourceCredentials(
  environment: Environment,
  secret: SecretLookup,
): { ok: true; auth: PrometheusCredentials } | { ok: false; problem: string } {
  const auth = environment.prometheus?.auth ?? null;
  if (auth === null) return { ok: true, auth: null };
  const name = auth.kind === 'bearer' ? auth.secret : auth.passwordSecret;
  const value = secret(name);
  if (value === undefined) {
    return {
      ok: false,
      problem: `secret ${name} has no value: set the environment variable ${name} before starting Warroom`,
    };
  }
  return auth.kind === 'bearer'
    ? { ok: true, auth: { kind: 'bearer', token: value } }
    : { ok: true, auth: { kind: 'basic', username: auth.username, password: value } };
}
