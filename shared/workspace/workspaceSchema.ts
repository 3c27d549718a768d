import { z } from 'zod';
import { dashboardSchema } from './dashboardSchema';
import { environmentsSchema } from './environmentSchema';
import { EVEN_WITH_OTHER_PROBLEMS, environmentNameSchema, oneLineTextSchema } from './fieldSchemas';
import { panelIdsIn } from './panelId';
import { DEFAULT_DENY_LIST, runbooksSettingsSchema } from './runbooksSettingsSchema';
import { signoffSchema, unknownSignoffPanels } from './signoffSchema';
import type { WorkspaceConfig } from './workspaceTypes';

/** warroom.yaml's top level; each section is a key with its own schema file. */
export const workspaceSchema = z
  .object({
    name: oneLineTextSchema(64).optional(),
    defaultEnvironment: environmentNameSchema.optional(),
    environments: environmentsSchema,
    dashboard: dashboardSchema.optional(),
    signoff: signoffSchema.default([]),
    runbooks: runbooksSettingsSchema.optional(),
  })
  .strict()
  .superRefine((workspace, context) => {
    const panelIds = panelIdsIn(workspace.dashboard).map((entry) => entry.id);
    for (const issue of unknownSignoffPanels(workspace.signoff, panelIds)) {
      context.addIssue({ code: 'custom', path: ['signoff', ...issue.path], message: issue.message });
    }
    // Unvalidated here (see EVEN_WITH_OTHER_PROBLEMS); only the environments' names matter.
    const environments: unknown = workspace.environments;
    if (typeof environments !== 'object' || environments === null) return;
    const names = Object.keys(environments);
    const chosen = workspace.defaultEnvironment;
    if (chosen === undefined && names.length > 1) {
      context.addIssue({
        code: 'custom',
        path: ['defaultEnvironment'],
        message: `required when there are several environments: one of ${names.join(', ')}`,
      });
    } else if (typeof chosen === 'string' && names.length > 0 && !names.includes(chosen)) {
      context.addIssue({
        code: 'custom',
        path: ['defaultEnvironment'],
        message: `no environment "${chosen}"; defined: ${names.join(', ')}`,
      });
    }
  }, EVEN_WITH_OTHER_PROBLEMS)
  .transform(
    (workspace): WorkspaceConfig => ({
      name: workspace.name ?? null,
      // Without defaultEnvironment there is exactly one environment, or the check above failed.
      defaultEnvironment: workspace.defaultEnvironment ?? (Object.keys(workspace.environments)[0] as string),
      environments: workspace.environments,
      dashboard: workspace.dashboard ?? null,
      signoff: workspace.signoff,
      runbooks: workspace.runbooks ?? { denyList: [...DEFAULT_DENY_LIST] },
    }),
  );
