import type { z } from 'zod';
import {
  type ApiMethods,
  apiMethods,
  isMethodName,
  type MethodName,
  type MethodResult,
} from '../../shared/api';
import { ApiError } from '../../shared/apiErrors';
import type { SessionContext } from './sessionContext';

/** The host's implementation of every declared method, typed from the contract. */
export type MethodHandlers = {
  [M in MethodName]: (
    session: SessionContext,
    params: z.output<ApiMethods[M]['params']>,
  ) => MethodResult<M> | Promise<MethodResult<M>>;
};

/**
 * The one gate every call passes, whichever carrier brought it: the method must be declared,
 * the caller allowed, the client introduced, and the params valid. Errors come back as
 * ApiError; nothing a client sends can throw past this.
 */
export async function dispatch(
  handlers: MethodHandlers,
  session: SessionContext,
  method: unknown,
  rawParams: unknown,
): Promise<unknown> {
  if (!isMethodName(method)) {
    throw new ApiError('bad_request', `unknown method ${JSON.stringify(String(method)).slice(0, 80)}`);
  }
  const declaration = apiMethods[method];
  if (declaration.access === 'operate' && session.role !== 'operator') {
    throw new ApiError('forbidden', `${method} needs an operator; this is a read-only viewer session`);
  }
  if (method !== 'session.hello' && session.clientId === null) {
    throw new ApiError('bad_request', `call session.hello before ${method}`);
  }
  const parsed = declaration.params.safeParse(rawParams ?? {});
  if (!parsed.success) {
    throw new ApiError('bad_request', `${method}: ${describeIssues(parsed.error)}`);
  }
  const handler = handlers[method] as (s: SessionContext, p: unknown) => unknown;
  return await handler(session, parsed.data);
}

/** Turns any thrown value into the error body a carrier sends back. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', message);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'params'}: ${issue.message}`)
    .join('; ');
}
