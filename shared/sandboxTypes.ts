import { z } from 'zod';

/** The routes a stress test drives, by the name the sandbox's metrics give them. */
export const SANDBOX_ROUTES = ['/api/login', '/api/feed', '/api/notifications', '/api/posts'] as const;
export type SandboxRoute = (typeof SANDBOX_ROUTES)[number];

/** The most added latency a fault may ask for: a minute is already an outage. */
export const MAX_FAULT_LATENCY_MS = 60_000;

/** The sandbox service's port unless told otherwise: beside serve's 4280. */
export const DEFAULT_SERVICE_PORT = 4290;

/** The managed Prometheus's port unless told otherwise, next to the service's. */
export const DEFAULT_PROMETHEUS_PORT = 4291;

/** In rehearsal an alert's `for` is this many times shorter: 5m becomes 5s, so a drill shows it firing. */
export const DEFAULT_REHEARSAL_FACTOR = 60;

/** After a crash the service is restarted this much later, as an orchestrator would. */
export const DEFAULT_RESTART_DELAY_MS = 5_000;

/** The load profiles offered by name (defined in the host's loadProfile.ts). */
export const LOAD_PRESET_NAMES = ['smoke', 'ramp', 'peak'] as const;
export const loadPresetNameSchema = z.enum(LOAD_PRESET_NAMES);
export type LoadPresetName = z.infer<typeof loadPresetNameSchema>;

/** What "Start rehearsal" drives unless the workspace says otherwise: long enough for alert windows. */
export const DEFAULT_REHEARSAL_LOAD: LoadPresetName = 'ramp';

const share = z.number().min(0).max(1);

/** One fault as a drill or the console asks for it; `clear` takes every fault away. */
export const faultSpecSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('latency'),
      ms: z.number().int().min(0).max(MAX_FAULT_LATENCY_MS),
      route: z.enum(SANDBOX_ROUTES).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('errors'), rate: share }).strict(),
  z.object({ kind: z.literal('cpu'), share }).strict(),
  z.object({ kind: z.literal('crash') }).strict(),
  z.object({ kind: z.literal('dependency'), state: z.enum(['down', 'up']) }).strict(),
  z.object({ kind: z.literal('clear') }).strict(),
]);
export type FaultSpec = z.infer<typeof faultSpecSchema>;

/** The faults in force, as the service reports them. */
export const activeFaultsSchema = z.object({
  latencyMs: z.number().optional(),
  latencyRoute: z.string().optional(),
  errorRate: z.number().optional(),
  cpuBurn: z.number().optional(),
  dependencyUp: z.boolean(),
});
export type ActiveFaults = z.infer<typeof activeFaultsSchema>;

/** The service as its last health check found it; UNREACHABLE when it did not answer. */
export const sandboxHealthSchema = z.object({
  status: z.enum(['UP', 'DEGRADED', 'UNREACHABLE']),
  version: z.string().nullable(),
  checkedAt: z.number(),
  /** When the service last answered UP; null if it has not since the sandbox started. */
  lastUpAt: z.number().nullable(),
  dependencies: z.array(z.object({ name: z.string(), status: z.string(), kind: z.string() })),
});
export type SandboxHealth = z.infer<typeof sandboxHealthSchema>;

export const loadProgressSchema = z.object({
  elapsedSeconds: z.number(),
  totalSeconds: z.number(),
  phase: z.string(),
  vus: z.number(),
  requests: z.number(),
  failed: z.number(),
  requestsPerSecond: z.number(),
  latencyP95Ms: z.number().nullable(),
});
export type LoadProgressView = z.infer<typeof loadProgressSchema>;

export const sandboxLoadSchema = z.object({
  running: z.boolean(),
  /** The profile's name: a preset's, or the one a drill gave it. */
  preset: z.string().nullable(),
  /** The running load's latest progress, or the last run's final figures. */
  progress: loadProgressSchema.nullable(),
  /** How the last run ended: schedule, stop, deadline; null while running or before any. */
  endedBy: z.string().nullable(),
});
export type SandboxLoad = z.infer<typeof sandboxLoadSchema>;

/** Everything the console shows about the rehearsal sandbox, sent whole on every change. */
export const sandboxStatusSchema = z.object({
  /** Why this workspace offers no sandbox, or null when its environment has one. */
  unavailable: z.string().nullable(),
  /** The workspace environment the sandbox belongs to. */
  environment: z.string().nullable(),
  /** The load profile "Start rehearsal" drives unless told otherwise. */
  defaultLoad: loadPresetNameSchema.nullable(),
  state: z.enum(['stopped', 'starting', 'running', 'stopping']),
  /** 'console' when this host runs it; 'cli' when `warroom sandbox start` does. */
  owner: z.enum(['console', 'cli']).nullable(),
  startedBy: z.string().nullable(),
  startedAt: z.number().nullable(),
  serviceUrl: z.string().nullable(),
  /** Which dependency plays Redis: the real redis-server, or the built-in stand-in and why. */
  dependency: z
    .object({
      kind: z.enum(['redis', 'built-in']),
      port: z.number().nullable(),
      /** Why the stand-in plays ("redis-server is not installed"); null when unknown or real. */
      reason: z.string().nullable(),
    })
    .nullable(),
  prometheusUrl: z.string().nullable(),
  /** Why there is no Prometheus (not installed: how to install it), or null. */
  prometheusProblem: z.string().nullable(),
  health: sandboxHealthSchema.nullable(),
  faults: activeFaultsSchema.nullable(),
  load: sandboxLoadSchema,
  /** The last thing that went wrong starting or driving the sandbox, e.g. a port in use. */
  problem: z.string().nullable(),
});
export type SandboxStatus = z.infer<typeof sandboxStatusSchema>;
