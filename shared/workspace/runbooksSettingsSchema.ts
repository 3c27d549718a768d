import { z } from 'zod';
import { oneLineTextSchema } from './fieldSchemas';

/**
 * Commands matching one of these ask before they run, whatever the runbook says: the ones that
 * lose data or capacity when pointed at the wrong cluster (docs/runbooks.md, Confirmation).
 */
export const DEFAULT_DENY_LIST: readonly string[] = [
  'FLUSHALL',
  'FLUSHDB',
  'delete',
  'drop',
  'truncate',
  'rm -rf',
  '--force',
  'kill',
  'shutdown',
  'reboot',
];

/** The `runbooks` section: how runbooks run in this workspace. */
export const runbooksSettingsSchema = z
  .object({
    /** Replaces the default list; an empty list asks only for steps marked `confirm`. */
    denyList: z.array(oneLineTextSchema(200), { error: 'expected a list of words or phrases' }).optional(),
  })
  .strict()
  .transform((settings) => ({ denyList: settings.denyList ?? [...DEFAULT_DENY_LIST] }));
