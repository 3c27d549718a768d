import type { WarroomApi } from '../../../shared/api';
import { ApiError } from '../../../shared/apiErrors';
import type { ConnectionStore } from '../connectionStore';

/** What the sandbox store needs from the host: its API, and whether this console may act. */
export interface SandboxAccess {
  readonly api: WarroomApi;
  /** Only a known operator acts: not a viewer, nor a console not yet introduced. */
  canOperate(): boolean;
}

export function sandboxAccess(api: WarroomApi, connection: ConnectionStore): SandboxAccess {
  return { api, canOperate: () => connection.getState().role === 'operator' };
}

/** Why a sandbox call failed, in the host's words ("port 4290 is already in use"). */
export function sandboxFailureMessage(attempt: string, error: unknown): string {
  if (error instanceof ApiError && error.code === 'forbidden') return readOnlyMessage(attempt);
  return `Could not ${attempt}: ${error instanceof Error ? error.message : String(error)}`;
}

/** Said instead of calling the host when a viewer tries to act. */
export function readOnlyMessage(attempt: string): string {
  return `Could not ${attempt}: a read-only viewer cannot act on the sandbox.`;
}
