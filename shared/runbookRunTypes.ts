import { z } from 'zod';
import { runbookIdSchema, runbookKindSchema, runbookProblemSchema, runbookSchema } from './runbookTypes';

/** A run of a runbook as the host's executor holds it, and as the journal keeps it afterwards. */

export const runIdSchema = z.string().regex(/^r[0-9a-z]{1,40}$/, 'a run id looks like r1a2b3');
export type RunId = z.infer<typeof runIdSchema>;

/**
 * pending: not reached yet; waiting: a manual check waits for its tick, or a step for its
 * confirmation; running; passed; failed; timed-out: killed at its `timeout`; skipped: passed
 * over (by a person, by `only`/`except`, or as excluded from run-all); stopped: the run was
 * stopped while it ran; interrupted: the host went away while it ran.
 */
export const STEP_RUN_STATUSES = [
  'pending',
  'waiting',
  'running',
  'passed',
  'failed',
  'timed-out',
  'skipped',
  'stopped',
  'interrupted',
] as const;
export const stepRunStatusSchema = z.enum(STEP_RUN_STATUSES);
export type StepRunStatus = z.infer<typeof stepRunStatusSchema>;

export const stepRunSchema = z.object({
  stepId: z.string(),
  status: stepRunStatusSchema,
  /** Runs of this step in this run: a retry adds one. */
  attempts: z.number().int().min(0),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  exitCode: z.number().int().nullable(),
  /** The pty the command runs in while it runs, for the Terminals view and the inline output. */
  terminalId: z.string().nullable(),
  /** The journal's transcript of the finished command, redacted. */
  transcriptId: z.number().int().nullable(),
  /** The last lines of its output (ANSI removed, secrets redacted), for the inline view. */
  outputTail: z.string(),
  /** Why it ended as it did, or what a probe last saw: "status 503, expected 200". */
  message: z.string().nullable(),
});
export type StepRun = z.infer<typeof stepRunSchema>;

/** What a person is asked before a dangerous step runs; run-all stops here too. */
export const confirmationRequestSchema = z.object({
  stepId: z.string(),
  /** The command exactly as it will run, variables substituted, secrets shown as [secret NAME]. */
  command: z.string(),
  environment: z.string(),
  /** The variables that say where it acts: kube context, namespace and the like. */
  context: z.record(z.string(), z.string()),
  /** Why it asks: `confirm` on the step, or the deny-list entries the command matched. */
  reasons: z.array(z.string()),
});
export type ConfirmationRequest = z.infer<typeof confirmationRequestSchema>;

export const RUN_STATUSES = ['running', 'paused', 'passed', 'failed', 'stopped', 'interrupted'] as const;
export const runStatusSchema = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof runStatusSchema>;

export const runStateSchema = z.object({
  runId: runIdSchema,
  runbookId: runbookIdSchema,
  title: z.string(),
  kind: runbookKindSchema.nullable(),
  environment: z.string(),
  startedBy: z.string(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  status: runStatusSchema,
  /** all: run-all; step: the one step asked for. */
  scope: z.enum(['all', 'step']),
  steps: z.array(stepRunSchema),
  /** Rollback steps run after the drill failed, in the order they ran. */
  rollbacks: z.array(stepRunSchema),
  currentStepId: z.string().nullable(),
  confirmation: confirmationRequestSchema.nullable(),
  /** Why the run failed or stopped, naming the step: "probe health-up missed its 30s deadline". */
  reason: z.string().nullable(),
});
export type RunState = z.infer<typeof runStateSchema>;

/** One line of a runbook's history, from the journal. */
export const runSummarySchema = z.object({
  runId: runIdSchema,
  runbookId: runbookIdSchema,
  environment: z.string(),
  startedBy: z.string(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  status: runStatusSchema,
  reason: z.string().nullable(),
  steps: z.array(
    z.object({
      stepId: z.string(),
      title: z.string(),
      status: stepRunStatusSchema,
      exitCode: z.number().int().nullable(),
    }),
  ),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

/** A manual check's state on the open test day: who ticked it, when. */
export const checkStateSchema = z.object({
  stepId: z.string(),
  checked: z.boolean(),
  by: z.string(),
  at: z.number(),
});
export type CheckState = z.infer<typeof checkStateSchema>;

export const runbookSummarySchema = z.object({
  id: runbookIdSchema,
  title: z.string(),
  kind: runbookKindSchema.nullable(),
  phase: z.string().nullable(),
  stepCount: z.number().int(),
  problemCount: z.number().int(),
  lastRun: runSummarySchema.nullable(),
});
export type RunbookSummary = z.infer<typeof runbookSummarySchema>;

export const runbookDetailSchema = z.object({
  id: runbookIdSchema,
  /** null when the file does not parse at all; its problems say why. */
  runbook: runbookSchema.nullable(),
  problems: z.array(runbookProblemSchema),
  checks: z.array(checkStateSchema),
  history: z.array(runSummarySchema),
});
export type RunbookDetail = z.infer<typeof runbookDetailSchema>;

/** Where a variable's value would come from if the run started now. */
export const variableSourceSchema = z.enum(['environment', 'default', 'remembered', 'prompt']);

/** What the run form needs: every variable the run uses, prefilled where a value is known. */
export const runPlanSchema = z.object({
  runbookId: runbookIdSchema,
  environment: z.string(),
  environments: z.array(z.string()),
  variables: z.array(
    z.object({
      name: z.string(),
      prompt: z.string(),
      secret: z.boolean(),
      /** The value to prefill; never set for a secret. */
      value: z.string().nullable(),
      source: variableSourceSchema,
    }),
  ),
  /** Whether secrets can be remembered (Electron safeStorage with a real keyring), and why not. */
  canRemember: z.boolean(),
  cannotRememberReason: z.string().nullable(),
  /** Steps that will ask before they run, and why. */
  confirmations: z.array(z.object({ stepId: z.string(), reasons: z.array(z.string()) })),
});
export type RunPlan = z.infer<typeof runPlanSchema>;
