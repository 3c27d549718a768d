import { z } from 'zod';
import { k6ThresholdStatusSchema } from './k6StatusTypes';
import { targetComparatorSchema, targetStateSchema } from './targetTypes';

/**
 * One series of a panel, column-wise as charts take it: times in seconds, values with null
 * where Prometheus answered NaN or ±Inf (JSON carries neither).
 */
export const panelSeriesSchema = z.object({
  /** Which of the panel's queries it answers. */
  queryIndex: z.number().int().min(0),
  /** The series' identity: its label set, sorted. */
  key: z.string(),
  /** The query's legend applied to the labels, or the label set itself. */
  name: z.string(),
  times: z.array(z.number()),
  values: z.array(z.number().nullable()),
});
export type PanelSeries = z.infer<typeof panelSeriesSchema>;

export const targetStatusSchema = z.object({
  queryIndex: z.number().int().min(0),
  comparator: targetComparatorSchema,
  value: z.number(),
  /** The `for` in force: the workspace's, divided by the sandbox's rehearsal factor in rehearsal. */
  forMs: z.number(),
  state: targetStateSchema,
  /** When the current miss began, while pending or breached. */
  since: z.number().nullable(),
});
export type TargetStatus = z.infer<typeof targetStatusSchema>;

/** What a panel shows besides its data: its targets, its own error, and whether it is stale. */
export const panelStatusSchema = z.object({
  panelId: z.string(),
  /** The worst of its targets; null for a panel without targets. */
  state: targetStateSchema.nullable(),
  targets: z.array(targetStatusSchema),
  /** Prometheus's own words for this panel's failed query (a parser error), or null. */
  error: z.object({ errorType: z.string(), message: z.string() }).nullable(),
  warnings: z.array(z.string()),
  /** When the last refresh answered; null until one has. */
  updatedAt: z.number().nullable(),
  /** A k6 panel's thresholds on the metrics it draws (its lines); absent for other panels. */
  k6Thresholds: z.array(k6ThresholdStatusSchema).optional(),
});
export type PanelStatus = z.infer<typeof panelStatusSchema>;

/** The data source as the poller sees it: down means every panel keeps its last data, greyed. */
export const datasourceStatusSchema = z.object({
  /** The environment's Prometheus, or null when it has none. */
  url: z.string().nullable(),
  state: z.enum(['none', 'connecting', 'up', 'down']),
  /** Since when it has been in this state. */
  since: z.number(),
  /** Why it is down, in words. */
  problem: z.string().nullable(),
});
export type DatasourceStatus = z.infer<typeof datasourceStatusSchema>;

/** New points of one panel's series after a refresh, and where its live window now begins. */
export const panelDataSchema = z.object({
  panelId: z.string(),
  series: z.array(panelSeriesSchema),
  /** Points before this time (seconds) have left the live window. */
  windowStart: z.number(),
});
export type PanelData = z.infer<typeof panelDataSchema>;

/** One health endpoint as last checked: the panel shows status, version, dependencies, last UP. */
export const healthEndpointStatusSchema = z.object({
  name: z.string(),
  url: z.string(),
  /** UNREACHABLE: no answer at all; DOWN: an answer that says so (or a 5xx). */
  status: z.enum(['UP', 'DEGRADED', 'DOWN', 'UNREACHABLE', 'UNKNOWN']),
  httpStatus: z.number().int().nullable(),
  version: z.string().nullable(),
  dependencies: z.array(z.object({ name: z.string(), status: z.string() })),
  checkedAt: z.number().nullable(),
  lastUpAt: z.number().nullable(),
  /** Why it is not UP, in words, when the answer does not say. */
  problem: z.string().nullable(),
});
export type HealthEndpointStatus = z.infer<typeof healthEndpointStatusSchema>;

/** One alert from Prometheus's /api/v1/alerts, as the alerts panel lists it. */
export const alertStatusSchema = z.object({
  name: z.string(),
  state: z.enum(['firing', 'pending']),
  severity: z.string().nullable(),
  summary: z.string().nullable(),
  activeAt: z.number().nullable(),
  value: z.number().nullable(),
  labels: z.record(z.string(), z.string()),
});
export type AlertStatus = z.infer<typeof alertStatusSchema>;

export const alertsStatusSchema = z.object({
  alerts: z.array(alertStatusSchema),
  /** Firing alerts labelled severity="critical". */
  criticalFiring: z.number().int(),
  checkedAt: z.number().nullable(),
  problem: z.string().nullable(),
});
export type AlertsStatus = z.infer<typeof alertsStatusSchema>;

/** Everything the dashboard shows besides series data; sent whole on every change. */
export const dashboardStatusSchema = z.object({
  /** The workspace environment the panels watch; null without a workspace dashboard. */
  environment: z.string().nullable(),
  datasource: datasourceStatusSchema,
  panels: z.array(panelStatusSchema),
  health: z.array(healthEndpointStatusSchema),
  alerts: alertsStatusSchema,
});
export type DashboardStatus = z.infer<typeof dashboardStatusSchema>;
