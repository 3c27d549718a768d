import { z } from 'zod';
import { K6_BUILTIN_METRIC_TYPES } from '../k6/k6BuiltinMetrics';
import { parseK6DurationMs } from '../k6/k6Duration';
import type { K6ThresholdSource } from '../k6/k6Types';
import { parseSubmetricKey } from '../k6/submetricKey';
import { checkAggregationFits, parseThresholdExpression } from '../k6/thresholdExpression';
import { hostPortSchema, oneLineTextSchema } from './fieldSchemas';
import type { K6Config } from './workspaceTypes';

/** k6's remote write writes p(99) of each trend unless told otherwise (K6_PROMETHEUS_RW_TREND_STATS). */
const DEFAULT_REMOTE_WRITE_TREND_STATS = ['p(99)'];

/** The trend stats k6's remote write accepts: avg, min, max, med, count, sum, p(N). */
const REMOTE_WRITE_TREND_STAT = /^(avg|min|max|med|count|sum|p\(\d+(\.\d+)?\))$/;

/** A handful per metric is what a test plan holds; more is a mistake. */
const MAX_THRESHOLDS_PER_KEY = 20;

const thresholdSourceSchema = z.union(
  [
    z.string(),
    z
      .object({
        threshold: z.string(),
        abortOnFail: z.boolean().optional(),
        delayAbortEval: z.string().optional(),
      })
      .strict(),
  ],
  { error: 'a threshold is an expression such as p(95)<300, or { threshold, abortOnFail, delayAbortEval }' },
);

/** A message naming the column, as k6's grammar errors carry one. */
function grammarMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const thresholdsSchema = z
  .record(
    z.string(),
    z
      .array(thresholdSourceSchema, { error: 'expected a list of thresholds, e.g. [p(95)<300]' })
      .min(1, 'a metric listed needs at least one threshold')
      .max(MAX_THRESHOLDS_PER_KEY, `at most ${MAX_THRESHOLDS_PER_KEY} thresholds per metric`),
    { error: 'expected thresholds by metric, e.g. http_req_duration: [p(95)<300]' },
  )
  .superRefine((thresholds, context) => {
    for (const [key, sources] of Object.entries(thresholds)) {
      let metric: string;
      try {
        metric = parseSubmetricKey(key).metric;
      } catch (error) {
        context.addIssue({ code: 'custom', path: [key], message: `metric key: ${grammarMessage(error)}` });
        continue;
      }
      const metricType = K6_BUILTIN_METRIC_TYPES[metric];
      sources.forEach((source, index) => {
        const written = typeof source === 'string' ? { threshold: source } : source;
        const where = typeof source === 'string' ? [key, index] : [key, index, 'threshold'];
        try {
          const expression = parseThresholdExpression(written.threshold);
          // Custom metrics' types are known only from the output; k6 itself checks them at start.
          if (metricType) checkAggregationFits(expression, metricType);
        } catch (error) {
          context.addIssue({ code: 'custom', path: where, message: grammarMessage(error) });
        }
        if (typeof source !== 'string' && source.delayAbortEval !== undefined) {
          try {
            parseK6DurationMs(source.delayAbortEval);
          } catch (error) {
            context.addIssue({
              code: 'custom',
              path: [key, index, 'delayAbortEval'],
              message: grammarMessage(error),
            });
          }
        }
      });
    }
  });

const remoteWriteSchema = z
  .object({
    trendStats: z
      .array(
        z.string().regex(REMOTE_WRITE_TREND_STAT, 'a trend stat is avg, min, max, med, count, sum or p(N)'),
      )
      .min(1, 'name at least one trend stat, e.g. [p(95), p(99)]')
      .default(DEFAULT_REMOTE_WRITE_TREND_STATS),
    nativeHistograms: z.boolean().default(false),
  })
  .strict();

/** An environment's `k6` section: where its output and API are, and the thresholds it is held to. */
export const k6SettingsSchema = z
  .object({
    jsonOutput: oneLineTextSchema(4096).optional(),
    address: hostPortSchema.optional(),
    thresholds: thresholdsSchema.default({}),
    remoteWrite: remoteWriteSchema.default({
      trendStats: DEFAULT_REMOTE_WRITE_TREND_STATS,
      nativeHistograms: false,
    }),
  })
  .strict()
  .transform(
    (k6): K6Config => ({
      jsonOutput: k6.jsonOutput ?? null,
      address: k6.address ?? null,
      thresholds: k6.thresholds as Record<string, K6ThresholdSource[]>,
      remoteWrite: k6.remoteWrite,
    }),
  );
