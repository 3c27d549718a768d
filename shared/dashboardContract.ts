import { z } from 'zod';
import { dashboardStatusSchema, panelDataSchema } from './dashboardTypes';
import { method } from './methodDeclaration';
import { verifyReportSchema } from './verifyTypes';

/** The longest history one `dashboard.range` call covers: a whole test day and then some. */
export const MAX_RANGE_SECONDS = 36 * 3600;

export const dashboardMethods = {
  'dashboard.status': method('watch', z.object({}).strict(), dashboardStatusSchema),
  /** Every panel's series over the live window, as held in the host: what a chart starts from. */
  'dashboard.live': method('watch', z.object({}).strict(), z.array(panelDataSchema)),
  /** One panel's series over a longer range (6 h, the whole day), at a step that keeps it light. */
  'dashboard.range': method(
    'watch',
    z
      .object({
        panelId: z.string().min(1).max(80),
        from: z.number().int().nonnegative(),
        to: z.number().int().nonnegative(),
      })
      .strict()
      .refine(({ from, to }) => to > from && to - from <= MAX_RANGE_SECONDS, {
        message: `to must be after from, by at most ${MAX_RANGE_SECONDS / 3600} h`,
      }),
    panelDataSchema,
  ),
  /** `warroom verify`'s checks of an environment (default: the workspace's default), on the last good workspace. */
  'dashboard.verify': method(
    'watch',
    z.object({ environment: z.string().optional() }).strict(),
    verifyReportSchema,
  ),
} as const;

export const dashboardEvents = {
  /** Targets, errors or the data source changed; carries the whole status. */
  'dashboard.status': dashboardStatusSchema,
  /** A panel's new points after a refresh. */
  'dashboard.data': panelDataSchema,
} as const;
