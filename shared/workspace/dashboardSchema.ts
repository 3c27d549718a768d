import { z } from 'zod';
import { durationSchema } from './durationSchema';
import { EVEN_WITH_OTHER_PROBLEMS, oneLineTextSchema } from './fieldSchemas';
import { firstGivenAtParams } from './firstGivenAt';
import { panelIdFromTitle, panelIdsIn } from './panelId';
import { MAX_REFRESH_MS, MIN_REFRESH_MS, type ParsedPanel, panelSchema } from './panelSchema';
import type { Dashboard, Panel } from './workspaceTypes';

const DEFAULT_REFRESH_MS = 5_000;

/** What one screen can hold: a wall display shows a few rows of a few panels each. */
export const MAX_ROWS = 20;
export const MAX_PANELS_PER_ROW = 12;

const rowSchema = z
  .object({
    title: oneLineTextSchema(80),
    panels: z
      .array(panelSchema, { error: 'expected a list of panels' })
      .min(1, 'a row needs at least one panel')
      .max(MAX_PANELS_PER_ROW, `at most ${MAX_PANELS_PER_ROW} panels in a row`),
  })
  .strict();

function toPanel(parsed: ParsedPanel, row: string, dashboardRefreshMs: number): Panel {
  return {
    ...parsed,
    id: parsed.id ?? panelIdFromTitle(parsed.title),
    refreshMs: parsed.refreshMs ?? dashboardRefreshMs,
    row,
  };
}

/** The `dashboard` section: rows of panels, each panel with its queries and their targets. */
export const dashboardSchema = z
  .object({
    title: oneLineTextSchema(80),
    refresh: durationSchema(MIN_REFRESH_MS, MAX_REFRESH_MS).default(DEFAULT_REFRESH_MS),
    rows: z
      .array(rowSchema, { error: 'expected a list of rows, each with a title and panels' })
      .min(1, 'a dashboard needs at least one row')
      .max(MAX_ROWS, `at most ${MAX_ROWS} rows`),
  })
  .strict()
  .superRefine((dashboard, context) => {
    const firstPaths = new Map<string, (string | number)[]>();
    for (const { id, path } of panelIdsIn(dashboard)) {
      const firstPath = firstPaths.get(id);
      if (!firstPath) {
        firstPaths.set(id, path);
        continue;
      }
      const fromTitle = path.at(-1) === 'title';
      context.addIssue({
        code: 'custom',
        path,
        message: fromTitle
          ? `this title makes the panel id "${id}", which another panel has; give this panel an id`
          : `panel id "${id}" is already used`,
        params: firstGivenAtParams(path, firstPath),
      });
    }
  }, EVEN_WITH_OTHER_PROBLEMS)
  .transform((dashboard): Dashboard => {
    const rows = dashboard.rows.map((row) => ({
      title: row.title,
      panels: row.panels.map((panel) => toPanel(panel, row.title, dashboard.refresh)),
    }));
    return {
      title: dashboard.title,
      refreshMs: dashboard.refresh,
      rows,
      panels: rows.flatMap((row) => row.panels),
    };
  });
