import { z } from 'zod';
import { targetComparatorSchema } from './targetTypes';

/**
 * A runbook as the host parsed it from Markdown (see docs/runbooks.md): its steps, each with
 * its place in the file, and the document around them for the runbook view to render.
 */

export const RUNBOOK_KINDS = ['checklist', 'quickfix', 'drill'] as const;
export const runbookKindSchema = z.enum(RUNBOOK_KINDS);
export type RunbookKind = z.infer<typeof runbookKindSchema>;

/** Runbooks are named by their path under the runbooks folder, without `.md`: `drills/app-crash`. */
export const runbookIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/, 'a runbook id is a path of names: drills/app-crash');
export type RunbookId = z.infer<typeof runbookIdSchema>;

/** One thing wrong in a runbook; line and column are 1-based and always inside the file. */
export const runbookProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  message: z.string(),
});
export type RunbookProblem = z.infer<typeof runbookProblemSchema>;

/** `file:line:column: message`, the form editors and terminals make clickable. */
export function formatRunbookProblem(problem: RunbookProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** A variable the runbook asks for before it runs (frontmatter `variables:`). */
export const runbookVariableSchema = z.object({
  /** Uppercase, as the shell sees it: `NAMESPACE`. */
  name: z.string(),
  /** What the form asks; the name when the runbook gives none. */
  prompt: z.string(),
  default: z.string().nullable(),
  /** Prompted masked, never written anywhere, redacted from every output. */
  secret: z.boolean(),
});
export type RunbookVariable = z.infer<typeof runbookVariableSchema>;

const stepPlace = {
  /** Stable within the file: the step's `name`, or `step-N` in document order. */
  id: z.string(),
  /** Runme's `name` attribute (or the probe's `name:`); other steps refer to a step by it. */
  name: z.string().nullable(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  /** The headings above the step, outermost first: where it sits in the runbook. */
  section: z.array(z.string()),
  /** A one-line label for lists, history and the journal. */
  title: z.string(),
  /** Environments the step is for (`only`), or is not for (`except`); empty: every one. */
  only: z.array(z.string()),
  except: z.array(z.string()),
};

export const checkStepSchema = z.object({ ...stepPlace, type: z.literal('check'), text: z.string() });
export type CheckStep = z.infer<typeof checkStepSchema>;

export const commandStepSchema = z.object({
  ...stepPlace,
  type: z.literal('command'),
  /** The fence's language: sh, bash or zsh run; the script is given to that shell. */
  language: z.string(),
  script: z.string(),
  /** Runme: the working directory, relative to the runbook's folder. */
  cwd: z.string().nullable(),
  /** Runme: started and left running; the next probe step is its readiness check. */
  background: z.boolean(),
  /** Runme: the step wants a person at its terminal. */
  interactive: z.boolean(),
  /** Runme: run-all passes over it; it runs only when asked for by itself. */
  excludeFromRunAll: z.boolean(),
  /** Show the resolved command and ask before it runs (also when the deny-list matches). */
  confirm: z.boolean(),
  /** Killed, with its whole process group, past this; null: no limit. */
  timeoutMs: z.number().int().positive().nullable(),
  /** The name of the step that undoes this one, run when the drill fails after this step ran. */
  rollback: z.string().nullable(),
  /** A failure is recorded but the run goes on. */
  continueOnError: z.boolean(),
  /** Extra environment variables for the step; values may use $VARIABLES. */
  env: z.record(z.string(), z.string()),
});
export type CommandStep = z.infer<typeof commandStepSchema>;

export const httpProbeSchema = z.object({
  type: z.literal('http'),
  url: z.string(),
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH']),
  /** The status the answer must have. */
  status: z.number().int().min(100).max(599),
  /** A JSONPath into the answer's body (`$.status`, `$.checks[0].state`) and what it must be. */
  json: z
    .object({
      path: z.string(),
      equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
      /** A regular expression the value, as text, must match. */
      matches: z.string().optional(),
    })
    .nullable(),
  body: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
});
export type HttpProbe = z.infer<typeof httpProbeSchema>;

export const promqlProbeSchema = z.object({
  type: z.literal('promql'),
  query: z.string(),
  comparator: z.enum([...targetComparatorSchema.options, '==', '!=']),
  value: z.number(),
  /** The condition must hold this long without a break to pass; 0: once is enough. */
  forMs: z.number().int().min(0),
});
export type PromqlProbe = z.infer<typeof promqlProbeSchema>;

export const probeSpecSchema = z.discriminatedUnion('type', [httpProbeSchema, promqlProbeSchema]);
export type ProbeSpec = z.infer<typeof probeSpecSchema>;

export const probeStepSchema = z.object({
  ...stepPlace,
  type: z.literal('probe'),
  probe: probeSpecSchema,
  /**
   * once: checked every `intervalMs` until met (passes) or `withinMs` has gone by (fails);
   * continuous: started here, checked until the run ends, and fails the run the moment it breaks.
   */
  mode: z.enum(['once', 'continuous']),
  withinMs: z.number().int().min(0),
  intervalMs: z.number().int().positive(),
  continueOnError: z.boolean(),
});
export type ProbeStep = z.infer<typeof probeStepSchema>;

export const runbookStepSchema = z.discriminatedUnion('type', [
  checkStepSchema,
  commandStepSchema,
  probeStepSchema,
]);
export type RunbookStep = z.infer<typeof runbookStepSchema>;

/** Inline Markdown, reduced to what a runbook needs; rendered as text, never as HTML. */
export type RunbookInline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong' | 'emphasis' | 'delete'; children: RunbookInline[] }
  | { type: 'link'; url: string; children: RunbookInline[] }
  | { type: 'break' };
export const runbookInlineSchema: z.ZodType<RunbookInline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), value: z.string() }),
    z.object({ type: z.literal('code'), value: z.string() }),
    z.object({ type: z.enum(['strong', 'emphasis', 'delete']), children: z.array(runbookInlineSchema) }),
    z.object({ type: z.literal('link'), url: z.string(), children: z.array(runbookInlineSchema) }),
    z.object({ type: z.literal('break') }),
  ]),
);

/** The document around the steps, block by block; a step sits where it was written. */
export type RunbookBlock =
  | { type: 'heading'; depth: number; content: RunbookInline[] }
  | { type: 'paragraph'; content: RunbookInline[] }
  | { type: 'list'; ordered: boolean; items: RunbookBlock[][] }
  | { type: 'quote'; children: RunbookBlock[] }
  | { type: 'code'; language: string | null; text: string }
  | { type: 'table'; rows: RunbookInline[][][] }
  | { type: 'rule' }
  | { type: 'step'; stepId: string };
export const runbookBlockSchema: z.ZodType<RunbookBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('heading'), depth: z.number().int(), content: z.array(runbookInlineSchema) }),
    z.object({ type: z.literal('paragraph'), content: z.array(runbookInlineSchema) }),
    z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(runbookBlockSchema)) }),
    z.object({ type: z.literal('quote'), children: z.array(runbookBlockSchema) }),
    z.object({ type: z.literal('code'), language: z.string().nullable(), text: z.string() }),
    z.object({ type: z.literal('table'), rows: z.array(z.array(z.array(runbookInlineSchema))) }),
    z.object({ type: z.literal('rule') }),
    z.object({ type: z.literal('step'), stepId: z.string() }),
  ]),
);

export const runbookSchema = z.object({
  id: runbookIdSchema,
  /** Absolute path of the Markdown file. */
  file: z.string(),
  title: z.string(),
  /** null: plain Markdown or a Runme notebook; it can still be read and its steps run one by one. */
  kind: runbookKindSchema.nullable(),
  /** When in the test day it is used: `24h-before`, `1h-before`, `during`, `after`, or the author's word. */
  phase: z.string().nullable(),
  description: z.string().nullable(),
  variables: z.array(runbookVariableSchema),
  steps: z.array(runbookStepSchema),
  blocks: z.array(runbookBlockSchema),
});
export type Runbook = z.infer<typeof runbookSchema>;
