export type Settled<T> = { kind: 'answer'; value: T } | { kind: 'timed-out' } | { kind: 'stopped' };

/**
 * Waits for `work` at most `timeoutMs`, or until `signal` aborts; a rejection of `work` rethrows.
 * For work that takes no signal of its own (PrometheusClient.query): it runs on to its own timeout,
 * and what it ends with then is dropped.
 */
export function settleWithin<T>(
  work: Promise<T>,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Settled<T>> {
  if (signal?.aborted) {
    work.catch(() => {});
    return Promise.resolve({ kind: 'stopped' });
  }
  return new Promise((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      resolve({ kind: 'stopped' });
    };
    const timer = setTimeout(() => {
      finish();
      resolve({ kind: 'timed-out' });
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        finish();
        resolve({ kind: 'answer', value });
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
}
