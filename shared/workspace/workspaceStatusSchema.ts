import { z } from 'zod';
import { K6_PANEL_METRICS } from '../k6/k6PanelMetrics';
import { type TargetSpec, targetComparatorSchema } from '../targetTypes';
import { panelTypeSchema, panelUnitSchema } from './panelVocabulary';
import type { Dashboard, SignoffCriterion, WorkspaceProblem } from './workspaceTypes';

/** The workspace as the console shows it, described for the contract. */

const targetSpecSchema: z.ZodType<TargetSpec> = z.object({
  comparator: targetComparatorSchema,
  value: z.number(),
  forMs: z.number(),
});

const loadedPanelSchema = z.object({
  id: z.string(),
  title: z.string(),
  type: panelTypeSchema,
  unit: panelUnitSchema,
  decimals: z.number().nullable(),
  refreshMs: z.number(),
  queries: z.array(
    z.object({ expr: z.string(), legend: z.string().nullable(), target: targetSpecSchema.nullable() }),
  ),
  row: z.string(),
  k6: z.object({ metric: z.enum(K6_PANEL_METRICS), source: z.enum(['json', 'prometheus']) }).nullable(),
});

const loadedDashboardSchema: z.ZodType<Dashboard> = z.object({
  title: z.string(),
  refreshMs: z.number(),
  rows: z.array(z.object({ title: z.string(), panels: z.array(loadedPanelSchema) })),
  panels: z.array(loadedPanelSchema),
});

const signoffCriterionSchema: z.ZodType<SignoffCriterion> = z.object({
  name: z.string(),
  description: z.string().nullable(),
  panel: z.string().nullable(),
});

const workspaceProblemSchema: z.ZodType<WorkspaceProblem> = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  path: z.string(),
  message: z.string(),
});

/**
 * The last good workspace and the current file's problems. Variables and secrets stay in the
 * host: the console needs neither to draw the dashboard.
 */
export const workspaceStatusSchema = z.object({
  /** The workspace folder and its warroom.yaml, absolute. */
  dir: z.string(),
  file: z.string(),
  name: z.string(),
  /** null while the file has never loaded. */
  defaultEnvironment: z.string().nullable(),
  environments: z.array(z.string()),
  dashboard: loadedDashboardSchema.nullable(),
  signoff: z.array(signoffCriterionSchema),
  /** The file as it is now; empty when it loaded. The rest is from the last load that succeeded. */
  problems: z.array(workspaceProblemSchema),
  /** When the file was last read (ms since the epoch), whether it loaded or not. */
  loadedAt: z.number(),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;
