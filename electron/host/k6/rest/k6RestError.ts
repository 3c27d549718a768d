/**
 * What can go wrong asking k6's REST API, in three kinds a caller treats differently: nothing
 * answers at the address, something that is not k6 answers there, or k6 refuses the request.
 */
export type K6RestFailure = 'unreachable' | 'notK6' | 'refused';

export class K6RestError extends Error {
  override readonly name = 'K6RestError';
  constructor(
    readonly kind: K6RestFailure,
    /** host:port of the REST API, as `--address` was given. */
    readonly address: string,
    message: string,
  ) {
    super(message);
  }
}

/** Nothing usable answered: connection refused, DNS failure, reset, or the timeout passed. */
export function unreachableError(address: string, reason: string): K6RestError {
  return new K6RestError('unreachable', address, `k6's REST API at ${address} is unreachable: ${reason}`);
}

/** Something answered, but not with k6's JSON:API documents; `answered` says what came back. */
export function notK6Error(address: string, request: string, answered: string): K6RestError {
  return new K6RestError(
    'notK6',
    address,
    `what answers at ${address} is not k6's REST API (${request} got ${answered})`,
  );
}

/** k6 answered with its JSON:API `errors`: "Pause error: test execution wasn't paused". */
export function refusedError(address: string, action: string, k6Words: string): K6RestError {
  return new K6RestError('refused', address, `k6 at ${address} refused to ${action}: ${k6Words}`);
}
