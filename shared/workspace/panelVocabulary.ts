import { z } from 'zod';

/** timeseries: PromQL queries over time; alerts: the alerts firing; health: the environment's health checks. */
export const PANEL_TYPES = ['timeseries', 'alerts', 'health'] as const;
export const panelTypeSchema = z.enum(PANEL_TYPES);
export type PanelType = z.infer<typeof panelTypeSchema>;

/** How a panel shows its values: percent is 0-100, ratio is 0-1 shown as %, s and ms are durations. */
export const PANEL_UNITS = ['percent', 'ratio', 'ms', 's', 'req/s', 'bytes', 'count'] as const;
export const panelUnitSchema = z.enum(PANEL_UNITS);
export type PanelUnit = z.infer<typeof panelUnitSchema>;
