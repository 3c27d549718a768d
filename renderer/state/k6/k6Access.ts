import type { WarroomApi } from '../../../shared/api';
import { actionErrorMessage } from '../../terminals/actionErrorMessage';
import type { ConnectionStore } from '../connectionStore';

/** What the k6 stores need from the host: its API, and whether this console may act on the run. */
export interface K6Access {
  readonly api: WarroomApi;
  /** Only a known operator pauses, stops or journals: not a viewer, nor a console not yet introduced. */
  canOperate(): boolean;
}

export function k6Access(api: WarroomApi, connection: ConnectionStore): K6Access {
  return { api, canOperate: () => connection.getState().role === 'operator' };
}

/** Why a k6 call failed, naming what was attempted ("pause the k6 run"). */
export function k6FailureMessage(attempt: string, error: unknown): string {
  return actionErrorMessage(attempt, error);
}

/** Said instead of calling the host when a viewer tries to act. */
export function k6ReadOnlyMessage(attempt: string): string {
  return `Could not ${attempt}: a read-only viewer can watch k6 but not control it or journal its results.`;
}
