import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (LOOPBACK_NAMES.has(bare)) return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/** Refuses to serve beyond this machine unless the operator said so out loud. */
export function checkListenHost(host: string, allowRemote: boolean): string | null {
  if (isLoopback(host) || allowRemote) return null;
  return (
    `refusing to listen on ${host}: serve mode gives whoever has the URL a shell. ` +
    'Use a loopback address (the default is 127.0.0.1), or pass --allow-remote to serve ' +
    'a wall screen on your network on purpose.'
  );
}

/** True for the addresses that mean every interface of this machine. */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/**
 * The host names a browser may use to reach this server, for the Host and Origin checks
 * (a DNS-rebinding page arrives under a foreign name even when it reaches our port).
 */
export function reachableHostNames(listenHost: string): Set<string> {
  const names = new Set<string>(['localhost', '127.0.0.1', '[::1]']);
  if (isWildcard(listenHost)) {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) {
        names.add(address.family === 'IPv6' ? `[${address.address}]` : address.address);
      }
    }
  } else {
    names.add(isIP(listenHost) === 6 ? `[${listenHost}]` : listenHost);
  }
  return names;
}
