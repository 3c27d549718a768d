import { z } from 'zod';
import {
  actionItemSchema,
  criterionNameSchema,
  dayIdSchema,
  dayInfoSchema,
  decisionSchema,
  eventSeqSchema,
  issueDetailSchema,
  issueIdSchema,
  issueStatusSchema,
  issueSummarySchema,
  journalEventSchema,
  journalTextSchema,
  personNameSchema,
  severitySchema,
  snapshotContentSchema,
  snapshotIdSchema,
  snapshotSummarySchema,
  timelineFilterSchema,
  titleSchema,
  transcriptIdSchema,
  transcriptSummarySchema,
} from './journalTypes';
import { method } from './methodDeclaration';

/** The most timeline events one call returns: a screenful many times over. */
export const MAX_TIMELINE_PAGE = 500;

const none = z.null();
const dayRef = z.object({ dayId: dayIdSchema }).strict();
/** A calendar date as a person types it for a due date. */
const dueDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a due date looks like 2026-11-23');
const environmentSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\p{Cc}]+$/u, 'an environment name is one line');

export const journalStatusSchema = z.object({
  /** The journal file this host records to. */
  path: z.string(),
  schemaVersion: z.number().int(),
  currentDay: dayInfoSchema.nullable(),
  /** Who events are attributed to when the caller has not said who they are. */
  actor: z.string(),
  /** Set when the configured journal could not be opened (the host fell back to a new one), or is full. */
  problem: z.string().nullable(),
});
export type JournalStatus = z.infer<typeof journalStatusSchema>;

export const journalMethods = {
  'journal.status': method('watch', z.object({}).strict(), journalStatusSchema),
  /** Names the operator at this console; their name goes on every event they cause. */
  'journal.setOperator': method('operate', z.object({ name: personNameSchema }).strict(), none),
  'journal.days': method('watch', z.object({}).strict(), z.array(dayInfoSchema)),
  'journal.startDay': method(
    'operate',
    z
      .object({
        name: titleSchema,
        environment: environmentSchema.optional(),
        operators: z.array(personNameSchema).max(20).optional(),
      })
      .strict(),
    dayInfoSchema,
  ),
  'journal.endDay': method(
    'operate',
    z.object({ decision: decisionSchema.optional(), reason: journalTextSchema.optional() }).strict(),
    dayInfoSchema,
  ),
  'journal.recordDecision': method(
    'operate',
    z.object({ decision: decisionSchema, reason: journalTextSchema }).strict(),
    journalEventSchema,
  ),
  /**
   * Overrides a go-live criterion the data did not pass, with the reason recorded: the report shows
   * it as overridden, and it counts as passed. Only while the day is being recorded.
   */
  'journal.overrideCriterion': method(
    'operate',
    z.object({ criterion: criterionNameSchema, reason: journalTextSchema }).strict(),
    journalEventSchema,
  ),
  'journal.addNote': method(
    'operate',
    z
      .object({
        text: journalTextSchema,
        /** The earlier event this note corrects: events are never edited. */
        corrects: eventSeqSchema.optional(),
      })
      .strict(),
    journalEventSchema,
  ),
  'journal.logIssue': method(
    'operate',
    z
      .object({
        title: titleSchema,
        severity: severitySchema,
        owner: personNameSchema.optional(),
        description: journalTextSchema.optional(),
        linkedEvents: z.array(eventSeqSchema).max(100).optional(),
      })
      .strict(),
    issueSummarySchema,
  ),
  'journal.updateIssue': method(
    'operate',
    z
      .object({
        id: issueIdSchema,
        title: titleSchema.optional(),
        severity: severitySchema.optional(),
        status: issueStatusSchema.optional(),
        owner: personNameSchema.nullable().optional(),
        description: journalTextSchema.optional(),
        /** What changed and why, in the updater's words. */
        comment: journalTextSchema.optional(),
      })
      .strict(),
    issueSummarySchema,
  ),
  'journal.addActionItem': method(
    'operate',
    z
      .object({
        issueId: issueIdSchema,
        text: titleSchema,
        owner: personNameSchema.optional(),
        due: dueDateSchema.optional(),
      })
      .strict(),
    actionItemSchema,
  ),
  'journal.linkEvent': method(
    'operate',
    z.object({ issueId: issueIdSchema, seq: eventSeqSchema }).strict(),
    none,
  ),
  /** One page of a day's timeline in order, and how many events match the filter. */
  'journal.timeline': method(
    'watch',
    z
      .object({
        dayId: dayIdSchema,
        filter: timelineFilterSchema.default({}),
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(MAX_TIMELINE_PAGE),
      })
      .strict(),
    z.object({ total: z.number().int(), events: z.array(journalEventSchema) }),
  ),
  'journal.issues': method('watch', dayRef, z.array(issueSummarySchema)),
  'journal.issue': method('watch', z.object({ id: issueIdSchema }).strict(), issueDetailSchema),
  /** Freezes what the panels show now. */
  'journal.takeSnapshot': method('operate', z.object({ label: titleSchema }).strict(), snapshotSummarySchema),
  'journal.snapshots': method('watch', dayRef, z.array(snapshotSummarySchema)),
  'journal.snapshot': method(
    'watch',
    z.object({ id: snapshotIdSchema }).strict(),
    z.object({ summary: snapshotSummarySchema, content: snapshotContentSchema }),
  ),
  /** A day's command transcripts, optionally only those whose output contains the search text. */
  'journal.transcripts': method(
    'watch',
    z.object({ dayId: dayIdSchema, search: z.string().trim().min(1).max(200).optional() }).strict(),
    z.array(transcriptSummarySchema),
  ),
  'journal.transcript': method(
    'watch',
    z.object({ id: transcriptIdSchema }).strict(),
    z.object({ summary: transcriptSummarySchema, text: z.string() }),
  ),
} as const;

export const journalEvents = {
  /** Something was recorded, by this host or by another process (the CLI) on the same file. */
  'journal.changed': z.object({
    currentDayId: dayIdSchema.nullable(),
    lastSeq: z.number().int(),
  }),
} as const;
