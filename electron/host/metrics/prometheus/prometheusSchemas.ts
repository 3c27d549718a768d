import { z } from 'zod';
import { SPECIAL_SAMPLE_VALUES } from './prometheusConstants';

/**
 * The shapes of Prometheus's HTTP API answers (https://prometheus.io/docs/prometheus/latest/querying/api/),
 * checked on arrival and turned into numbers: sample values from their strings, times into seconds.
 * Fields Prometheus adds in later versions are ignored.
 */

/** A sample value as Prometheus writes it ("0.25", "1e+00", "NaN", "+Inf", "-Inf"), as a number. */
const sampleValueSchema = z.string().transform((text, context) => {
  const special = SPECIAL_SAMPLE_VALUES[text];
  if (special !== undefined) return special;
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (Number.isNaN(value)) {
    context.addIssue({ code: 'custom', message: `not a sample value: ${JSON.stringify(text)}` });
    return z.NEVER;
  }
  return value;
});

/** An RFC 3339 time, as seconds since the epoch; absent or Go's zero time (year 1) means never: null. */
const timeSchema = z
  .string()
  .nullish()
  .transform((text, context) => {
    if (!text) return null;
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) {
      context.addIssue({ code: 'custom', message: `not a time: ${JSON.stringify(text)}` });
      return z.NEVER;
    }
    return ms > 0 ? ms / 1000 : null;
  });

/** A label set; Prometheus may leave an empty one out or write null. */
const labelsSchema = z
  .record(z.string(), z.string())
  .nullish()
  .transform((labels) => labels ?? {});

/** An error text that Prometheus leaves out or empty when there is none, as null then. */
const lastErrorSchema = z
  .string()
  .optional()
  .transform((text) => text || null);

/** [timestamp in seconds, value]. */
const pointSchema = z.tuple([z.number(), sampleValueSchema]);
export type Point = [timestampSeconds: number, value: number];

const instantSampleSchema = z
  .object({ metric: labelsSchema, value: pointSchema })
  .transform(({ metric, value }) => ({ labels: metric, value }));

const rangeSeriesSchema = z
  .object({ metric: labelsSchema, values: z.array(pointSchema) })
  .transform(({ metric, values }) => ({ labels: metric, points: values }));
export type RangeSeries = z.output<typeof rangeSeriesSchema>;

export const matrixSchema = z.object({ resultType: z.literal('matrix'), result: z.array(rangeSeriesSchema) });
export type Matrix = z.output<typeof matrixSchema>;

/** What an instant query answers: one of PromQL's four result types. */
export const queryResultSchema = z.discriminatedUnion('resultType', [
  z.object({ resultType: z.literal('vector'), result: z.array(instantSampleSchema) }),
  matrixSchema,
  z.object({ resultType: z.literal('scalar'), result: pointSchema }),
  z.object({ resultType: z.literal('string'), result: z.tuple([z.number(), z.string()]) }),
]);
export type QueryResult = z.output<typeof queryResultSchema>;

const alertSchema = z.object({
  labels: labelsSchema,
  annotations: labelsSchema,
  state: z.enum(['firing', 'pending']),
  /** When the alert's condition began to hold, in seconds; null if Prometheus did not say. */
  activeAt: timeSchema,
  value: sampleValueSchema,
});
export type PrometheusAlert = z.output<typeof alertSchema>;

export const alertsSchema = z.object({ alerts: z.array(alertSchema) });
export type Alerts = z.output<typeof alertsSchema>;

const ruleHealthSchema = z.enum(['ok', 'err', 'unknown']);

const alertingRuleSchema = z.object({
  type: z.literal('alerting'),
  name: z.string(),
  query: z.string(),
  /** The rule's `for`, in seconds. */
  duration: z.number(),
  labels: labelsSchema,
  annotations: labelsSchema,
  state: z.enum(['inactive', 'pending', 'firing']),
  alerts: z
    .array(alertSchema)
    .nullish()
    .transform((alerts) => alerts ?? []),
  health: ruleHealthSchema,
  lastError: lastErrorSchema,
});

const recordingRuleSchema = z.object({
  type: z.literal('recording'),
  name: z.string(),
  query: z.string(),
  labels: labelsSchema,
  health: ruleHealthSchema,
  lastError: lastErrorSchema,
});

export const rulesSchema = z.object({
  groups: z.array(
    z.object({
      name: z.string(),
      file: z.string(),
      /** Evaluation interval, in seconds. */
      interval: z.number(),
      rules: z.array(z.discriminatedUnion('type', [alertingRuleSchema, recordingRuleSchema])),
    }),
  ),
});
export type Rules = z.output<typeof rulesSchema>;
export type PrometheusRule = Rules['groups'][number]['rules'][number];

const activeTargetSchema = z.object({
  scrapePool: z.string(),
  scrapeUrl: z.string(),
  labels: labelsSchema,
  health: z.enum(['up', 'down', 'unknown']),
  lastError: lastErrorSchema,
  /** When it was last scraped, in seconds; null before its first scrape. */
  lastScrape: timeSchema,
  /** How long the last scrape took, in seconds. */
  lastScrapeDuration: z.number(),
});

export const targetsSchema = z.object({
  activeTargets: z.array(activeTargetSchema),
  /** Targets that relabelling dropped: only the labels discovery gave them. */
  droppedTargets: z.array(z.object({ discoveredLabels: labelsSchema })),
});
export type Targets = z.output<typeof targetsSchema>;

/** Every answer's envelope; `data` is checked against the endpoint's own schema. */
export const envelopeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('success'),
    data: z.unknown(),
    warnings: z.array(z.string()).nullish(),
  }),
  z.object({
    status: z.literal('error'),
    errorType: z.string(),
    error: z.string(),
    warnings: z.array(z.string()).nullish(),
  }),
]);
