import { z } from 'zod';

/**
 * The journal's vocabulary, shared by the host that records it, the UI that shows it and
 * the report that is computed from it.
 */

/** Every kind of timeline event. Events are append-only: a correction is a new event. */
export const EVENT_KINDS = [
  'day.started',
  'day.ended',
  'decision',
  'signoff.overridden',
  'note',
  'issue.opened',
  'issue.updated',
  'issue.resolved',
  'snapshot.taken',
  'command.started',
  'command.finished',
  'probe.result',
  'threshold.breached',
  'threshold.recovered',
  'alert.firing',
  'alert.resolved',
  'datasource.down',
  'datasource.up',
  'checklist.ticked',
  'runbook.started',
  'runbook.step',
  'runbook.confirmed',
  'runbook.finished',
  'fault.set',
  'fault.cleared',
  'sandbox.started',
  'sandbox.stopped',
  'service.down',
  'service.up',
  'load.started',
  'load.finished',
  'k6.threshold.failed',
  'k6.threshold.recovered',
  'k6.summary',
  'k6.control',
  'k6.unreachable',
  'k6.reachable',
] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;

/** SEV1 is the worst. The meanings are shown wherever a severity is picked. */
export const severitySchema = z.number().int().min(1).max(5);
export type Severity = z.infer<typeof severitySchema>;
export const SEVERITY_MEANINGS: Readonly<Record<Severity, string>> = {
  1: 'Outage or data loss: the test stops until it is handled',
  2: 'Major degradation: a target is badly missed or a core flow fails',
  3: 'Partial degradation: some users or routes are affected',
  4: 'Minor: a symptom to look at before go-live',
  5: 'Cosmetic or informational',
};

export const issueStatusSchema = z.enum(['open', 'mitigated', 'resolved']);
export type IssueStatus = z.infer<typeof issueStatusSchema>;

export const decisionSchema = z.enum(['go', 'no-go']);

/** A go-live criterion as an override names it: the built-in's or the workspace's name, one line. */
export const criterionNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^\p{Cc}]+$/u, 'a criterion name is one line');
export type Decision = z.infer<typeof decisionSchema>;

/** Operator and owner names: short, one line, printable. */
export const personNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\p{Cc}]+$/u, 'a name is one line of printable characters');

/** Free text a person typed: one note, one description. */
export const journalTextSchema = z.string().trim().min(1).max(20_000);
export const titleSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u, 'a title is one line');

export const dayIdSchema = z.number().int().positive();
export const eventSeqSchema = z.number().int().positive();
export const issueIdSchema = z.number().int().positive();
export const snapshotIdSchema = z.number().int().positive();
export const transcriptIdSchema = z.number().int().positive();

export const dayInfoSchema = z.object({
  id: dayIdSchema,
  name: z.string(),
  environment: z.string(),
  operators: z.array(z.string()),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  decision: decisionSchema.nullable(),
  decisionReason: z.string().nullable(),
  eventCount: z.number().int(),
});
export type DayInfo = z.infer<typeof dayInfoSchema>;

/** JSON payload of an event; its shape depends on the kind (see journalPayloads). */
export const payloadSchema = z.record(z.string(), z.unknown());
export type EventPayloadData = z.infer<typeof payloadSchema>;

export const journalEventSchema = z.object({
  seq: eventSeqSchema,
  dayId: dayIdSchema,
  /** Milliseconds since the epoch, as the host's clock read it. */
  time: z.number(),
  kind: eventKindSchema,
  actor: z.string(),
  /** What the event is about, in one line: the note's first line, the issue's title, the command. */
  subject: z.string(),
  /** Set on issue events (and breaches, alerts) so the timeline can be filtered by severity. */
  severity: severitySchema.nullable(),
  payload: payloadSchema,
});
export type JournalEvent = z.infer<typeof journalEventSchema>;

export const actionItemSchema = z.object({
  id: z.number().int(),
  text: z.string(),
  owner: z.string().nullable(),
  /** A calendar date, YYYY-MM-DD. */
  due: z.string().nullable(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const issueSummarySchema = z.object({
  id: issueIdSchema,
  dayId: dayIdSchema,
  title: z.string(),
  severity: severitySchema,
  status: issueStatusSchema,
  owner: z.string().nullable(),
  openedAt: z.number(),
  updatedAt: z.number(),
  openedBy: z.string(),
});
export type IssueSummary = z.infer<typeof issueSummarySchema>;

export const snapshotSummarySchema = z.object({
  id: snapshotIdSchema,
  dayId: dayIdSchema,
  takenAt: z.number(),
  label: z.string(),
  issueId: issueIdSchema.nullable(),
  panelCount: z.number().int(),
  /** Size of the compressed content, in bytes. */
  storedBytes: z.number().int(),
});
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

export const issueDetailSchema = issueSummarySchema.extend({
  description: z.string(),
  actionItems: z.array(actionItemSchema),
  /** The events that make up the issue's history and those linked to it, in order. */
  events: z.array(journalEventSchema),
  snapshots: z.array(snapshotSummarySchema),
});
export type IssueDetail = z.infer<typeof issueDetailSchema>;

/** One panel as a snapshot froze it; the metrics issue fills these. */
export const snapshotPanelSchema = z.object({
  title: z.string(),
  unit: z.string().optional(),
  series: z.array(
    z.object({
      name: z.string(),
      points: z.array(z.tuple([z.number(), z.number()])),
    }),
  ),
  /** The value shown at the moment, per series name. */
  values: z.record(z.string(), z.number().nullable()).optional(),
  thresholds: z
    .array(
      z.object({
        target: z.string(),
        state: z.enum(['ok', 'pending', 'breached', 'unknown']),
        /** The target's value, so a snapshot's chart can draw its line. */
        value: z.number().optional(),
      }),
    )
    .optional(),
});
export type SnapshotPanel = z.infer<typeof snapshotPanelSchema>;

export const snapshotContentSchema = z.object({
  takenAt: z.number(),
  /** Why the panels are empty, when they are (no dashboard, Prometheus down). */
  note: z.string().optional(),
  panels: z.array(snapshotPanelSchema),
});
export type SnapshotContent = z.infer<typeof snapshotContentSchema>;

export const transcriptSummarySchema = z.object({
  id: transcriptIdSchema,
  dayId: dayIdSchema,
  terminalId: z.string(),
  command: z.string(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  exitCode: z.number().int().nullable(),
  /** Characters of output kept, and whether more were cut off at the cap. */
  chars: z.number().int(),
  truncated: z.boolean(),
});
export type TranscriptSummary = z.infer<typeof transcriptSummarySchema>;

/** What narrows the timeline; every field left out matches everything. */
export const timelineFilterSchema = z
  .object({
    kinds: z.array(eventKindSchema).max(EVENT_KINDS.length).optional(),
    severities: z.array(severitySchema).max(5).optional(),
    actor: z.string().max(64).optional(),
    /** Case-insensitive substring of the subject or payload. */
    text: z.string().max(200).optional(),
  })
  .strict();
export type TimelineFilter = z.infer<typeof timelineFilterSchema>;
