import type { WarroomApi } from '../../../shared/api';
import { actionErrorMessage } from '../../terminals/actionErrorMessage';

/** What the dashboard stores need from the host: its API (every dashboard call is open to viewers). */
export interface DashboardAccess {
  readonly api: WarroomApi;
}

/** Why a dashboard call failed, naming what was attempted ("load the dashboard’s status"). */
export function dashboardFailureMessage(attempt: string, error: unknown): string {
  return actionErrorMessage(attempt, error);
}
