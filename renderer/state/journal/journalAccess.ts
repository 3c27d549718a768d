import type { WarroomApi } from '../../../shared/api';
import { actionErrorMessage } from '../../terminals/actionErrorMessage';
import type { ConnectionStore } from '../connectionStore';

/** What the journal stores need from the host: its API, and whether this console may write. */
export interface JournalAccess {
  readonly api: WarroomApi;
  /** Only a known operator writes: not a viewer, nor a console not yet introduced. */
  canOperate(): boolean;
}

export function journalAccess(api: WarroomApi, connection: ConnectionStore): JournalAccess {
  return { api, canOperate: () => connection.getState().role === 'operator' };
}

/** Why an attempt failed, naming what was attempted ("load the timeline"). */
export function failureMessage(attempt: string, error: unknown): string {
  return actionErrorMessage(attempt, error);
}

/** Said instead of calling the host when a viewer tries to write. */
export function readOnlyMessage(attempt: string): string {
  return `Could not ${attempt}: this is a read-only viewer session.`;
}
