import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { defaultJournalPath, ensureJournalFolder } from '../../journal/journalLocation';
import { isProcessAlive } from '../../terminals/sessionProcesses';

/** Overrides where the running sandbox is described, for tests and for several users of one machine. */
export const SANDBOX_STATE_ENV = 'WARROOM_SANDBOX_STATE';

const sandboxStateSchema = z.object({
  /** The process that owns everything: `warroom sandbox start`, or a console that started it. */
  pid: z.number().int(),
  owner: z.enum(['cli', 'console']),
  servicePort: z.number().int(),
  redisPort: z.number().int().nullable(),
  prometheusUrl: z.string().nullable(),
  journal: z.string(),
  startedAt: z.number(),
});
export type SandboxState = z.infer<typeof sandboxStateSchema>;

/** `sandbox.json` beside the default journal, unless $WARROOM_SANDBOX_STATE names another file. */
export function sandboxStatePath(env: NodeJS.ProcessEnv = process.env): string {
  return env[SANDBOX_STATE_ENV]?.trim() || join(dirname(defaultJournalPath(env)), 'sandbox.json');
}

/** The running sandbox, or null when none is (a state file whose owner is gone counts as none). */
export function readSandboxState(path = sandboxStatePath()): SandboxState | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const parsed = sandboxStateSchema.safeParse(JSON.parse(text));
  if (!parsed.success || !isProcessAlive(parsed.data.pid)) return null;
  return parsed.data;
}

export function writeSandboxState(state: SandboxState, path = sandboxStatePath()): void {
  ensureJournalFolder(path);
  // Written aside and renamed, so a reader never sees half a file.
  writeFileSync(`${path}.tmp`, JSON.stringify(state), { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

export function removeSandboxState(path = sandboxStatePath()): void {
  rmSync(path, { force: true });
}
