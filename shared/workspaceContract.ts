import { z } from 'zod';
import { method } from './methodDeclaration';
import { workspaceStatusSchema } from './workspace/workspaceStatusSchema';

/** The open workspace: its dashboard and sign-off criteria, reloaded when warroom.yaml changes. */
export const workspaceMethods = {
  'workspace.status': method('watch', z.object({}).strict(), workspaceStatusSchema),
} as const;

export const workspaceEvents = {
  /** warroom.yaml was read again: a new dashboard, or problems with the last good one kept. */
  'workspace.changed': workspaceStatusSchema,
} as const;
