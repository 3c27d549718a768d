import { z } from 'zod';
import {
  DEFAULT_PROMETHEUS_PORT,
  DEFAULT_REHEARSAL_FACTOR,
  DEFAULT_REHEARSAL_LOAD,
  DEFAULT_RESTART_DELAY_MS,
  DEFAULT_SERVICE_PORT,
  loadPresetNameSchema,
} from '../sandboxTypes';
import { durationSchema } from './durationSchema';
import {
  EVEN_WITH_OTHER_PROBLEMS,
  environmentNameSchema,
  httpUrlSchema,
  oneLineTextSchema,
  portSchema,
  shellNameSchema,
} from './fieldSchemas';
import { k6SettingsSchema } from './k6SettingsSchema';
import type { Environment, PrometheusAuth } from './workspaceTypes';

/** The longest crash-to-restart delay: past this a drill's recovery deadline has long gone. */
const MAX_RESTART_DELAY_MS = 10 * 60_000;

/** Prometheus answers a range query within seconds or is in trouble; one minute is the ceiling. */
const MIN_PROMETHEUS_TIMEOUT_MS = 100;
const MAX_PROMETHEUS_TIMEOUT_MS = 60_000;
const DEFAULT_PROMETHEUS_TIMEOUT_MS = 10_000;

/** 3600 turns an hour into a second; any more and rule durations shrink to nothing. */
const MAX_REHEARSAL_FACTOR = 3600;

const REHEARSAL_FACTOR_MESSAGE = `a whole number from 1 to ${MAX_REHEARSAL_FACTOR}`;

const SECRETS_ARE_NAMED =
  'secrets are named here, never written in the file: list their names, e.g. secrets: [PROM_TOKEN]';

const sandboxSchema = z
  .object({
    servicePort: portSchema.default(DEFAULT_SERVICE_PORT),
    prometheusPort: portSchema.default(DEFAULT_PROMETHEUS_PORT),
    rehearsalFactor: z
      .int({ error: REHEARSAL_FACTOR_MESSAGE })
      .min(1, REHEARSAL_FACTOR_MESSAGE)
      .max(MAX_REHEARSAL_FACTOR, REHEARSAL_FACTOR_MESSAGE)
      .default(DEFAULT_REHEARSAL_FACTOR),
    restartDelay: durationSchema(0, MAX_RESTART_DELAY_MS).default(DEFAULT_RESTART_DELAY_MS),
    load: loadPresetNameSchema.default(DEFAULT_REHEARSAL_LOAD),
    redis: z.boolean().default(true),
  })
  .strict()
  .superRefine((sandbox, context) => {
    const { servicePort, prometheusPort } = sandbox;
    if (portSchema.safeParse(servicePort).success && prometheusPort === servicePort) {
      context.addIssue({
        code: 'custom',
        path: ['prometheusPort'],
        message: `the service already uses port ${servicePort}; give Prometheus another`,
      });
    }
  }, EVEN_WITH_OTHER_PROBLEMS);

const secretNameSchema = z.string({ error: SECRETS_ARE_NAMED }).pipe(shellNameSchema);

const prometheusAuthSchema = z
  .object({
    bearer: z.object({ secret: secretNameSchema }).strict().optional(),
    basic: z
      .object({ username: oneLineTextSchema(128), passwordSecret: secretNameSchema })
      .strict()
      .optional(),
  })
  .strict()
  .refine(
    (auth) => (auth.bearer === undefined) !== (auth.basic === undefined),
    'give exactly one of bearer or basic',
  );

const prometheusSchema = z
  .object({
    url: httpUrlSchema('name a secret under auth instead'),
    timeout: durationSchema(MIN_PROMETHEUS_TIMEOUT_MS, MAX_PROMETHEUS_TIMEOUT_MS).default(
      DEFAULT_PROMETHEUS_TIMEOUT_MS,
    ),
    auth: prometheusAuthSchema.optional(),
  })
  .strict();

const healthEndpointSchema = z
  .object({
    name: oneLineTextSchema(64),
    url: httpUrlSchema('a health endpoint needs none'),
  })
  .strict();

const healthSchema = z
  .array(healthEndpointSchema, { error: 'expected a list of { name, url }' })
  .superRefine((endpoints, context) => {
    const seen = new Set<string>();
    endpoints.forEach((endpoint, index) => {
      if (seen.has(endpoint.name)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `health check "${endpoint.name}" is already defined in this environment`,
        });
      }
      seen.add(endpoint.name);
    });
  });

/** Runbooks see every value as text, as a shell would. */
const variableValueSchema = z
  .union([z.string(), z.number(), z.boolean()], {
    error: 'a variable is one value: text, a number or true/false',
  })
  .transform(String);

const secretsSchema = z.array(secretNameSchema, { error: SECRETS_ARE_NAMED });

const environmentSchema = z
  .object({
    description: oneLineTextSchema(500).optional(),
    sandbox: sandboxSchema.optional(),
    prometheus: prometheusSchema.optional(),
    k6: k6SettingsSchema.optional(),
    health: healthSchema.default([]),
    variables: z
      .record(shellNameSchema, variableValueSchema, { error: 'expected NAME: value lines' })
      .default({}),
    secrets: secretsSchema.default([]),
  })
  .strict()
  .superRefine((environment, context) => {
    // Unvalidated here (see EVEN_WITH_OTHER_PROBLEMS): look before trusting a shape.
    const auth: unknown = environment.prometheus?.auth;
    const secrets: unknown[] = Array.isArray(environment.secrets) ? environment.secrets : [];
    for (const [kind, key] of AUTH_SECRET_KEYS) {
      const secret = fieldOf(fieldOf(auth, kind), key);
      if (typeof secret === 'string' && !secrets.includes(secret)) {
        context.addIssue({
          code: 'custom',
          path: ['prometheus', 'auth', kind, key],
          message: `secret ${secret} is not listed in this environment's secrets`,
        });
      }
    }
  }, EVEN_WITH_OTHER_PROBLEMS);
type ParsedEnvironment = z.output<typeof environmentSchema>;

/** Where each kind of Prometheus auth names its secret. */
const AUTH_SECRET_KEYS = [
  ['bearer', 'secret'],
  ['basic', 'passwordSecret'],
] as const;

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function toPrometheusAuth(auth: NonNullable<ParsedEnvironment['prometheus']>['auth']): PrometheusAuth | null {
  if (auth?.bearer) return { kind: 'bearer', secret: auth.bearer.secret };
  if (auth?.basic) return { kind: 'basic', ...auth.basic };
  return null;
}

function toEnvironment(name: string, parsed: ParsedEnvironment): Environment {
  const { sandbox, prometheus, k6 } = parsed;
  return {
    name,
    description: parsed.description ?? null,
    sandbox: sandbox
      ? {
          servicePort: sandbox.servicePort,
          prometheusPort: sandbox.prometheusPort,
          rehearsalFactor: sandbox.rehearsalFactor,
          restartDelayMs: sandbox.restartDelay,
          load: sandbox.load,
          useRedis: sandbox.redis,
        }
      : null,
    prometheus: prometheus
      ? { url: prometheus.url, timeoutMs: prometheus.timeout, auth: toPrometheusAuth(prometheus.auth) }
      : null,
    k6: k6 ?? null,
    health: parsed.health,
    variables: parsed.variables,
    secrets: parsed.secrets,
  };
}

/** The `environments` section: environments by name. */
export const environmentsSchema = z
  .record(environmentNameSchema, environmentSchema, { error: 'expected environments by name' })
  .refine((environments) => Object.keys(environments).length > 0, 'define at least one environment')
  .transform(
    (environments): Record<string, Environment> =>
      Object.fromEntries(
        Object.entries(environments).map(([name, parsed]) => [name, toEnvironment(name, parsed)]),
      ),
  );
