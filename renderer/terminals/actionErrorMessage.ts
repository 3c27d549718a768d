import { ApiError } from '../../shared/apiErrors';

/** Why an action on a terminal failed, in words for the person who tried it. */
export function actionErrorMessage(action: string, error: unknown): string {
  if (error instanceof ApiError && error.code === 'unavailable') {
    return `Could not ${action}: not connected to the host. Try again once it is back.`;
  }
  if (error instanceof ApiError && error.code === 'forbidden') {
    return `Could not ${action}: this is a read-only viewer session.`;
  }
  return `Could not ${action}: ${error instanceof Error ? error.message : String(error)}`;
}
