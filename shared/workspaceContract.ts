import { z } from 'zod';
import { method } from './methodDeclaration';
import { workspaceStatusSchema } from './workspace/workspaceStatusSchema';

/**
 * Grafana's dashboards are rarely past 1 MB of JSON. The cap stays under the WebSocket's
 * 4 MiB frame (MAX_FRAME_BYTES) with room for the escaping the file gets inside a message.
 */
export const MAX_GRAFANA_JSON_CHARS = 3 * 1024 * 1024;

/** What importing a Grafana dashboard made, and what it left out. */
export const grafanaImportResultSchema = z.object({
  /** The `dashboard:` section as `warroom import grafana` prints it. */
  yaml: z.string(),
  /** How many panels were converted. */
  converted: z.number().int().nonnegative(),
  /** Panels (or their queries) left out, with why. */
  skipped: z.array(z.object({ panel: z.string(), reason: z.string() })),
  /** What to check: variables left in place, ids changed, titles shortened. */
  warnings: z.array(z.string()),
  /** True once warroom.yaml holds the result ('apply'). */
  applied: z.boolean(),
});
export type GrafanaImportResult = z.infer<typeof grafanaImportResultSchema>;

/** The open workspace: its dashboard and sign-off criteria, reloaded when warroom.yaml changes. */
export const workspaceMethods = {
  'workspace.status': method('watch', z.object({}).strict(), workspaceStatusSchema),
  /**
   * Converts a Grafana dashboard's JSON: 'preview' only converts; 'apply' also adds the panels to
   * warroom.yaml (a new `dashboard:` section, or rows appended to the one there), keeping the rest.
   */
  'workspace.importGrafana': method(
    'operate',
    z
      .object({
        json: z
          .string()
          .max(
            MAX_GRAFANA_JSON_CHARS,
            `a Grafana dashboard is at most ${MAX_GRAFANA_JSON_CHARS / 1024 / 1024} MB of JSON`,
          ),
        mode: z.enum(['preview', 'apply']),
      })
      .strict(),
    grafanaImportResultSchema,
  ),
} as const;

export const workspaceEvents = {
  /** warroom.yaml was read again: a new dashboard, or problems with the last good one kept. */
  'workspace.changed': workspaceStatusSchema,
} as const;
