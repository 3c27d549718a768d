import { ApiError } from '../../shared/apiErrors';

/** The work's result; what it throws reaches the caller as 'refused' with its message, an ApiError as it is. */
export async function refusing<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('refused', error instanceof Error ? error.message : String(error));
  }
}
