import type { WarroomApi } from '../../../shared/api';
import { actionErrorMessage } from '../../terminals/actionErrorMessage';
import type { ConnectionStore } from '../connectionStore';

/** What the report stores need from the host: its API, and whether this console may act. */
export interface ReportAccess {
  readonly api: WarroomApi;
  /** Only a known operator exports or overrides: not a viewer, nor a console not yet introduced. */
  canOperate(): boolean;
}

export function reportAccess(api: WarroomApi, connection: ConnectionStore): ReportAccess {
  return { api, canOperate: () => connection.getState().role === 'operator' };
}

/** Why a report call failed, naming what was attempted, in the host's words. */
export function reportFailureMessage(attempt: string, error: unknown): string {
  return actionErrorMessage(attempt, error);
}

/** Said instead of calling the host when a viewer tries to act. */
export function reportReadOnlyMessage(attempt: string): string {
  return `Could not ${attempt}: a read-only viewer can read the report but not export or override it.`;
}
