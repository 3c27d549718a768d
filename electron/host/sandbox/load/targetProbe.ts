import { connect } from 'node:net';
import { TARGET_PROBE_TIMEOUT_MS } from './loadConstants';

/** Resolves when the target accepts a TCP connection; rejects with an error naming it otherwise. */
export async function probeTarget(target: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new Error(`load target "${target}" is not a URL`);
  }
  if (url.protocol !== 'http:') throw new Error(`load target ${target}: only http:// is supported`);
  const port = Number(url.port || 80);
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host: url.hostname, port, timeout: TARGET_PROBE_TIMEOUT_MS });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(
        new Error(`load target ${target} did not accept a connection within ${TARGET_PROBE_TIMEOUT_MS} ms`),
      );
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(`load target ${target} refuses connections (${error.code ?? error.message})`));
    });
  });
}
