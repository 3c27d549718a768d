import { z } from 'zod';

/**
 * timeseries: PromQL queries over time; alerts: the alerts firing; health: the environment's health
 * checks; k6: one of k6's views (K6_PANELS), from its JSON output or its metrics in Prometheus.
 */
export const PANEL_TYPES = ['timeseries', 'alerts', 'health', 'k6'] as const;
export const panelTypeSchema = z.enum(PANEL_TYPES);
export type PanelType = z.infer<typeof panelTypeSchema>;

/**
 * How a panel shows its values: percent is 0-100, ratio is 0-1 shown as %, s and ms are durations,
 * ops/s any operations per second (k6's iterations), bytes/s a data rate.
 */
export const PANEL_UNITS = [
  'percent',
  'ratio',
  'ms',
  's',
  'req/s',
  'ops/s',
  'bytes',
  'bytes/s',
  'count',
] as const;
export const panelUnitSchema = z.enum(PANEL_UNITS);
export type PanelUnit = z.infer<typeof panelUnitSchema>;
