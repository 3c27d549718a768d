import type { WarroomApi } from '../../../shared/api';
import { actionErrorMessage } from '../../terminals/actionErrorMessage';
import type { ConnectionStore } from '../connectionStore';

/** What the runbook stores need from the host: its API, and whether this console may act. */
export interface RunbooksAccess {
  readonly api: WarroomApi;
  /** Only a known operator ticks and runs: not a viewer, nor a console not yet introduced. */
  canOperate(): boolean;
}

export function runbooksAccess(api: WarroomApi, connection: ConnectionStore): RunbooksAccess {
  return { api, canOperate: () => connection.getState().role === 'operator' };
}

/** Why a runbook call failed, naming what was attempted ("load the runbooks"). */
export function runbookFailureMessage(attempt: string, error: unknown): string {
  return actionErrorMessage(attempt, error);
}

/** Said instead of calling the host when a viewer tries to act. */
export function readOnlyMessage(attempt: string): string {
  return `Could not ${attempt}: a read-only viewer can watch runbooks but not tick or run them.`;
}
