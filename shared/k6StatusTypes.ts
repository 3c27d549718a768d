import { z } from 'zod';

/** k6 as the console shows it: its JSON output being read, its REST API, and its thresholds. */

export const k6ThresholdStatusSchema = z.object({
  /** `metric key: expression`, e.g. `http_req_duration{expected_response:true}: p(95)<300` */
  key: z.string(),
  metricKey: z.string(),
  expression: z.string(),
  /** output: the Metric lines carry it (the script's options); workspace: the environment's k6 thresholds. */
  origin: z.enum(['output', 'workspace']),
  verdict: z.enum(['ok', 'failed']),
  /** When it entered this verdict (ms); the test's start for a threshold that never changed. */
  since: z.number().nullable(),
  abortOnFail: z.boolean(),
  /** k6 would have stopped the test for it (abortOnFail, past its delayAbortEval). */
  wouldAbort: z.boolean(),
  /** The value judged, e.g. the p(95) now; null before the metric has a sample. */
  observed: z.number().nullable(),
  /** Where a chart draws it: the threshold's value, or null when a line would mislead (count, ==, !=). */
  line: z.number().nullable(),
});
export type K6ThresholdStatus = z.infer<typeof k6ThresholdStatusSchema>;

export const k6OutputStatusSchema = z.object({
  /** The environment's k6 jsonOutput, absolute; null when it names none. */
  path: z.string().nullable(),
  /** waiting: the file is not there yet; reading: followed as k6 writes it; ended: a .gz replay read to its end. */
  state: z.enum(['none', 'waiting', 'reading', 'ended']),
  lines: z.number().int(),
  points: z.number().int(),
  malformed: z.number().int(),
  /** The first malformed lines, by line number, with why. */
  firstMalformed: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  /** Times the file was truncated or replaced and read again from its start. */
  restarts: z.number().int(),
  /** A read that failed, in words. */
  problem: z.string().nullable(),
  firstPointAt: z.number().nullable(),
  lastPointAt: z.number().nullable(),
});
export type K6OutputStatus = z.infer<typeof k6OutputStatusSchema>;

export const k6RunSchema = z.object({
  /** k6's execution status, in k6's words (`Running`, `Ended`, …). */
  label: z.string(),
  paused: z.boolean(),
  stopped: z.boolean(),
  /** A threshold has failed. */
  tainted: z.boolean(),
  /** Between the start of the run and its end. */
  running: z.boolean(),
  vus: z.number().int(),
  vusMax: z.number().int(),
});
export type K6Run = z.infer<typeof k6RunSchema>;

/** One metric as k6's REST API lists it (`GET /v1/metrics`): k6's own figures, under k6's value names. */
export const k6ApiMetricSchema = z.object({
  name: z.string(),
  type: z.enum(['counter', 'gauge', 'rate', 'trend']),
  contains: z.enum(['default', 'time', 'data']),
  /** One of its thresholds has failed; null when it has none. */
  tainted: z.boolean().nullable(),
  values: z.record(z.string(), z.number()),
});
export type K6ApiMetric = z.infer<typeof k6ApiMetricSchema>;

export const k6ApiStatusSchema = z.object({
  /** host:port of k6's REST API (`k6 run --address`); null when the environment names none. */
  address: z.string().nullable(),
  state: z.enum(['none', 'connecting', 'up', 'down']),
  since: z.number(),
  /** Why it is down, in words. */
  problem: z.string().nullable(),
  /** The last status read; kept while down, so the bar shows what was last known. */
  run: k6RunSchema.nullable(),
  /** k6's metrics as last read, in k6's order; empty before the first read. */
  metrics: z.array(k6ApiMetricSchema),
});
export type K6ApiStatus = z.infer<typeof k6ApiStatusSchema>;

export const k6StatusSchema = z.object({
  /** The workspace environment whose k6 this is; null without a workspace. */
  environment: z.string().nullable(),
  output: k6OutputStatusSchema,
  api: k6ApiStatusSchema,
  thresholds: z.array(k6ThresholdStatusSchema),
  /** Thresholds that cannot be judged (an unreadable expression in the output), each naming its metric. */
  problems: z.array(z.string()),
});
export type K6Status = z.infer<typeof k6StatusSchema>;

/**
 * What the UI says when asked to change the number of VUs: k6 2 answers any PATCH of `vus` or
 * `vus-max` with "live VU configuration updates are not supported" (docs: k6-rest-api, Update Status).
 */
export const LIVE_VU_SCALING_REMOVED_MESSAGE =
  'Live VU scaling was removed in k6 2: its REST API reports vus and vus-max but no longer changes them. ' +
  'Set VUs in the script’s options or scenarios before the run.';
