import { z } from 'zod';
import type { K6MetricValues } from '../../../../shared/k6/k6Types';
import { executionStateOf, type K6RunStatus } from './k6RunStatus';

/**
 * The JSON:API documents k6's REST API answers with (docs: k6-rest-api; samples in
 * ../shared/fixtures/k6/rest-v1-*.json), checked on arrival and turned into plain types.
 * Attributes a later k6 adds are ignored.
 */

/** `GET` and `PATCH /v1/status`: one `status` resource. */
export const statusDocumentSchema = z
  .object({
    data: z.object({
      type: z.literal('status'),
      id: z.string(),
      attributes: z.object({
        status: z.number().int().nonnegative(),
        paused: z.boolean(),
        stopped: z.boolean(),
        running: z.boolean(),
        tainted: z.boolean(),
        vus: z.number().int().nonnegative(),
        'vus-max': z.number().int().nonnegative(),
      }),
    }),
  })
  .transform(
    ({ data: { attributes: a } }): K6RunStatus => ({
      state: executionStateOf(a.status),
      statusCode: a.status,
      paused: a.paused,
      stopped: a.stopped,
      tainted: a.tainted,
      running: a.running,
      vus: a.vus,
      vusMax: a['vus-max'],
    }),
  );

/** One metric's current values as `GET /v1/metrics` lists them. */
export interface K6RestMetric {
  name: string;
  type: 'counter' | 'gauge' | 'rate' | 'trend';
  contains: 'default' | 'time' | 'data';
  /** Whether one of its thresholds has failed; null when it has none. */
  tainted: boolean | null;
  /** Its values under k6's names: `count`, `rate`, `value`, `avg`, `p(95)`, … */
  sample: K6MetricValues;
}

/** `GET /v1/metrics`: a list of `metrics` resources, the metric's name as the id. */
export const metricsDocumentSchema = z
  .object({
    data: z.array(
      z.object({
        type: z.literal('metrics'),
        id: z.string().min(1),
        attributes: z.object({
          type: z.enum(['counter', 'gauge', 'rate', 'trend']),
          contains: z.enum(['default', 'time', 'data']),
          tainted: z.boolean().nullable(),
          sample: z.record(z.string(), z.number()),
        }),
      }),
    ),
  })
  .transform(({ data }): K6RestMetric[] => data.map(({ id, attributes }) => ({ name: id, ...attributes })));

/** What k6 answers when it refuses: `{"errors":[{"status":"500","title":"Pause error","detail":"…"}]}`. */
export const errorsDocumentSchema = z
  .object({
    errors: z
      .array(
        z.object({
          status: z.string().optional(),
          title: z.string().optional(),
          detail: z.string().optional(),
        }),
      )
      .min(1),
  })
  .transform(({ errors }) =>
    errors
      .map(({ title, detail }) => [title, detail].filter(Boolean).join(': ') || 'no reason given')
      .join('; '),
  );
