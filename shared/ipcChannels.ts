import type { MethodName } from './api';

/** Each declared method has its own IPC channel, so the main process handles only those. */
export function ipcChannelFor(method: MethodName): string {
  return `warroom:${method}`;
}

/** The one channel host events travel on to the window: (name, payload), nothing else. */
export const IPC_EVENT_CHANNEL = 'warroom:event';
