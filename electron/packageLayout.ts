import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the installed package keeps what the entry points need. */
export interface PackageLayout {
  root: string;
  version: string;
  rendererDir: string;
  preloadPath: string;
  defaultWorkspace: string;
  /** The sandbox service's process entry, forked by the sandbox supervisor. */
  sandboxServiceEntry: string;
}

/** From the package root: the entry points sit in out/main/, so they pass `../..`. */
export function packageLayout(root: string): PackageLayout {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    root,
    version: manifest.version,
    rendererDir: join(root, 'out', 'renderer'),
    preloadPath: join(root, 'out', 'preload', 'preload.cjs'),
    defaultWorkspace: join(root, 'runbooks'),
    sandboxServiceEntry: join(root, 'out', 'main', 'sandbox-service.js'),
  };
}
