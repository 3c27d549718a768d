import { z } from 'zod';
import { method } from './methodDeclaration';
import {
  checkStateSchema,
  runbookDetailSchema,
  runbookSummarySchema,
  runIdSchema,
  runPlanSchema,
  runStateSchema,
} from './runbookRunTypes';
import { runbookIdSchema } from './runbookTypes';

/** The longest value a person may give one variable; longer is a paste gone wrong. */
export const MAX_VARIABLE_VALUE_CHARS = 16_384;

const runbookRef = z.object({ id: runbookIdSchema }).strict();
const runRef = z.object({ runId: runIdSchema }).strict();
const environmentName = z.string().min(1).max(64);
const stepId = z.string().min(1).max(128);

/** Values typed in the run form, by variable name; secrets among them are held in memory only. */
const variableValues = z.record(
  z.string().regex(/^[A-Z_][A-Z0-9_]{0,63}$/),
  z.string().max(MAX_VARIABLE_VALUE_CHARS),
);

/** The workspace's runbooks (runbooks/*.md): read, ticked and run by the host's executor. */
export const runbookMethods = {
  'runbooks.list': method('watch', z.object({}).strict(), z.array(runbookSummarySchema)),
  /** The parsed runbook, its problems, the open day's ticks and its run history. */
  'runbooks.get': method('watch', runbookRef, runbookDetailSchema),
  /** Ticks or unticks a manual check, journaled with who and when; a waiting run goes on. */
  'runbooks.tick': method(
    'operate',
    z.object({ id: runbookIdSchema, stepId, checked: z.boolean() }).strict(),
    z.array(checkStateSchema),
  ),
  /** What a run would need: its variables, prefilled where known, and the steps that will ask. */
  'runs.plan': method(
    'watch',
    z.object({ id: runbookIdSchema, environment: environmentName.optional() }).strict(),
    runPlanSchema,
  ),
  /** Starts run-all, or one step when `stepId` is given. */
  'runs.start': method(
    'operate',
    z
      .object({
        id: runbookIdSchema,
        environment: environmentName.optional(),
        values: variableValues,
        /** Secrets to keep in the OS keyring for next time; refused where there is none. */
        remember: z.array(z.string()).max(64).default([]),
        stepId: stepId.optional(),
      })
      .strict(),
    runStateSchema,
  ),
  /** Runs in this host: the ones going on, and the ones that ended since it started. */
  'runs.list': method('watch', z.object({}).strict(), z.array(runStateSchema)),
  /**
   * pause: after the current step; resume; stop: kills the current step and ends the run;
   * skip: passes over the step that waits or failed; retry: runs the failed step again.
   */
  'runs.control': method(
    'operate',
    runRef.extend({ action: z.enum(['pause', 'resume', 'stop', 'skip', 'retry']) }).strict(),
    runStateSchema,
  ),
  /** Answers the confirmation a run waits on: the step runs, or the run stops there. */
  'runs.confirm': method('operate', runRef.extend({ stepId, approve: z.boolean() }).strict(), runStateSchema),
} as const;

export const runbookEvents = {
  /** A runbook file was added, changed or removed, or a run ended: carries the whole list. */
  'runbooks.changed': z.array(runbookSummarySchema),
  /** A run's state changed; carries the whole run. */
  'runs.changed': runStateSchema,
  /** A check was ticked or unticked (by anyone): that runbook's ticks on the open day. */
  'runbooks.ticked': z.object({ id: runbookIdSchema, checks: z.array(checkStateSchema) }),
} as const;
