import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJournalWithFallback } from '../../electron/host/journal/openJournalWithFallback';
import { WarroomHost, type WarroomHostOptions } from '../../electron/host/warroomHost';
import { type RunningServer, startServeServer } from '../../electron/transport/serveServer';

export interface ServeFixture {
  host: WarroomHost;
  server: RunningServer;
  /** ws:// URL of the API with the operator token. */
  operatorSocketUrl: string;
  viewerSocketUrl: string;
  dir: string;
  stop(): Promise<void>;
}

export interface ServeFixtureOptions extends Partial<WarroomHostOptions> {
  /** A shell script body that every terminal runs instead of a shell. */
  terminalScript?: string;
}

/** A real host behind a real serve-mode server on 127.0.0.1, in a scratch workspace. */
export async function startServeFixture(options: ServeFixtureOptions = {}): Promise<ServeFixture> {
  const { terminalScript, ...hostOptions } = options;
  const dir = mkdtempSync(join(tmpdir(), 'warroom-test-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>test</title>');
  const shell =
    terminalScript === undefined ? hostOptions.shell : writeScript(dir, 'terminal.sh', terminalScript);
  const journal = hostOptions.journal ?? openJournalWithFallback(join(dir, 'journal.sqlite'));
  const host = new WarroomHost({ workspace: dir, version: 'test', ...hostOptions, shell, journal });
  const server = await startServeServer(host, {
    host: '127.0.0.1',
    port: 0,
    allowRemote: false,
    viewer: true,
    rendererDir: dir,
  });
  const socketUrl = (pageUrl: string | null) => {
    const token = new URL(pageUrl ?? '').hash.replace('#token=', '');
    return `ws://127.0.0.1:${server.port}/api?token=${token}`;
  };
  return {
    host,
    server,
    dir,
    operatorSocketUrl: socketUrl(server.operatorUrl),
    viewerSocketUrl: socketUrl(server.viewerUrl),
    stop: async () => {
      await server.close();
      await host.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes an executable script into the fixture folder and returns its path. */
export function writeScript(dir: string, name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return path;
}
