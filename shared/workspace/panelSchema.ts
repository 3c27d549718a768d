import { z } from 'zod';
import { K6_PANEL_METRICS, K6_PANELS } from '../k6/k6PanelMetrics';
import { type TargetSpec, targetComparatorSchema } from '../targetTypes';
import { durationSchema } from './durationSchema';
import { EVEN_WITH_OTHER_PROBLEMS, oneLineTextSchema } from './fieldSchemas';
import { MAX_PANEL_ID_LENGTH, PANEL_ID_PATTERN, panelIdFromTitle } from './panelId';
import { type PanelType, panelTypeSchema, panelUnitSchema } from './panelVocabulary';
import type { Panel, PanelQuery } from './workspaceTypes';

/** A panel refreshes at most every second (Prometheus scrapes no faster) and at least every 5 minutes. */
export const MIN_REFRESH_MS = 1_000;
export const MAX_REFRESH_MS = 5 * 60_000;

/** A target may have to hold for up to a day: the longest test window a war room runs. */
const MAX_TARGET_FOR_MS = 24 * 3_600_000;

/** Far beyond any hand-written PromQL; the file is read by people too. */
const MAX_EXPR_CHARS = 4_000;
const MAX_LEGEND_CHARS = 200;

/** A title fits a panel's header on a wall screen. */
export const MAX_PANEL_TITLE_CHARS = 80;

/** A chart carries a handful of lines; more is unreadable on a wall screen. */
export const MAX_QUERIES_PER_PANEL = 8;

/** Past 6 decimals a figure is noise on a panel. */
export const MAX_DECIMALS = 6;
const DECIMALS_MESSAGE = `a whole number from 0 to ${MAX_DECIMALS}`;

/** Grafana's legend placeholders: {{route}}, {{ code }}. */
const LEGEND_PLACEHOLDER = /\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/g;

/** Why a panel that is not a chart takes no queries. */
const NO_QUERIES_BECAUSE: Readonly<Record<Exclude<PanelType, 'timeseries'>, string>> = {
  alerts: 'an alerts panel lists the alerts firing in Prometheus, so it takes no queries',
  health: "a health panel shows the environment's health checks, so it takes no queries",
  k6: "a k6 panel draws k6's own metric named by `metric`, so it takes no queries",
};

/** The keys only a k6 panel takes. */
const K6_PANEL_KEYS = ['metric', 'source'] as const;

const targetSchema = z
  .object({
    comparator: targetComparatorSchema,
    value: z.number({ error: 'a target value is a number, e.g. 0.005 or 300' }),
    for: durationSchema(0, MAX_TARGET_FOR_MS).default(0),
  })
  .strict()
  .transform(
    (target): TargetSpec => ({ comparator: target.comparator, value: target.value, forMs: target.for }),
  );

const legendSchema = oneLineTextSchema(MAX_LEGEND_CHARS).refine(
  (legend) => !/\{\{|\}\}/.test(legend.replace(LEGEND_PLACEHOLDER, '')),
  'a legend names labels as {{label}}, e.g. {{route}}',
);

const querySchema = z
  .object({
    expr: z
      .string({ error: 'expected a PromQL expression' })
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_EXPR_CHARS, `at most ${MAX_EXPR_CHARS} characters`),
    legend: legendSchema.optional(),
    target: targetSchema.optional(),
  })
  .strict()
  .transform(
    (query): PanelQuery => ({ expr: query.expr, legend: query.legend ?? null, target: query.target ?? null }),
  );

/** A panel as its row gives it; the dashboard fills in its id, refresh and row. */
export type ParsedPanel = Omit<Panel, 'id' | 'refreshMs' | 'row'> & {
  id: string | null;
  refreshMs: number | null;
};

export const panelSchema = z
  .object({
    id: z
      .string({ error: 'expected an id such as request-rate' })
      .max(MAX_PANEL_ID_LENGTH, `at most ${MAX_PANEL_ID_LENGTH} characters`)
      .regex(PANEL_ID_PATTERN, 'a panel id is lowercase letters and digits, joined by dashes: request-rate')
      .optional(),
    title: oneLineTextSchema(MAX_PANEL_TITLE_CHARS),
    type: panelTypeSchema.default('timeseries'),
    unit: panelUnitSchema.optional(),
    decimals: z
      .int({ error: DECIMALS_MESSAGE })
      .min(0, DECIMALS_MESSAGE)
      .max(MAX_DECIMALS, DECIMALS_MESSAGE)
      .optional(),
    refresh: durationSchema(MIN_REFRESH_MS, MAX_REFRESH_MS).optional(),
    queries: z
      .array(querySchema, { error: 'expected a list of queries, each with expr' })
      .min(1, 'a timeseries panel needs at least one query')
      .max(MAX_QUERIES_PER_PANEL, `at most ${MAX_QUERIES_PER_PANEL} queries in a panel`)
      .optional(),
    metric: z.enum(K6_PANEL_METRICS).optional(),
    /** json: the environment's k6 JSON output; prometheus: k6's remote-write metrics in its Prometheus. */
    source: z.enum(['json', 'prometheus']).optional(),
  })
  .strict()
  .superRefine((panel, context) => {
    // Unvalidated here (see EVEN_WITH_OTHER_PROBLEMS): look before trusting a shape.
    const type: unknown = panel.type ?? 'timeseries';
    if (type === 'timeseries' && panel.queries === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['queries'],
        message: 'a timeseries panel needs queries: a list of { expr } with PromQL',
      });
    }
    if ((type === 'alerts' || type === 'health' || type === 'k6') && panel.queries !== undefined) {
      context.addIssue({ code: 'custom', path: ['queries'], message: NO_QUERIES_BECAUSE[type] });
    }
    if (type === 'k6' && panel.metric === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['metric'],
        message: `a k6 panel needs a metric: one of ${K6_PANEL_METRICS.join(', ')}`,
      });
    }
    for (const key of K6_PANEL_KEYS) {
      if (type !== 'k6' && panel[key] !== undefined) {
        context.addIssue({ code: 'custom', path: [key], message: `only a k6 panel (type: k6) takes ${key}` });
      }
    }
    if (panel.id === undefined && typeof panel.title === 'string' && panelIdFromTitle(panel.title) === '') {
      context.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'this title has no letter or digit to make the panel id from; give the panel an id',
      });
    }
  }, EVEN_WITH_OTHER_PROBLEMS)
  .transform(
    (panel): ParsedPanel => ({
      id: panel.id ?? null,
      title: panel.title,
      type: panel.type,
      unit: panel.unit ?? (panel.metric ? K6_PANELS[panel.metric].unit : 'count'),
      decimals: panel.decimals ?? null,
      refreshMs: panel.refresh ?? null,
      queries: panel.queries ?? [],
      k6:
        panel.type === 'k6' && panel.metric ? { metric: panel.metric, source: panel.source ?? 'json' } : null,
    }),
  );
