import { z } from 'zod';

/** Why a call failed, in words a client can branch on. */
export const apiErrorCodeSchema = z.enum([
  'bad_request',
  'forbidden',
  'not_found',
  'unavailable',
  /** Understood and allowed, but what it acts on said no: a port in use, a sandbox already running. */
  'refused',
  'internal',
]);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

export const apiErrorSchema = z.object({ code: apiErrorCodeSchema, message: z.string() });
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** An error a method reports to its caller; anything else becomes 'internal'. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message);
  }
}
