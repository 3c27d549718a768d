import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createConsoleHost } from '../consoleHost';
import { defaultJournalPath } from '../host/journal/journalLocation';
import { openJournalWithFallback } from '../host/journal/openJournalWithFallback';
import type { PackageLayout } from '../packageLayout';
import { startServeServer } from '../transport/serveServer';

/** A port that is easy to say across a war room and is rarely taken. */
const DEFAULT_PORT = 4280;

export const SERVE_USAGE = `warroom serve [--workspace DIR] [--journal FILE] [--host H] [--port N] [--viewer] [--allow-remote]

  Serves the console to a browser: the UI over HTTP and its API over a WebSocket.
  --workspace DIR   the workspace folder (default: the shipped runbooks/)
  --journal FILE    the journal to record to (default: $WARROOM_JOURNAL, else one in your data folder)
  --host H          address to listen on (default 127.0.0.1; non-loopback needs --allow-remote)
  --port N          port (default ${DEFAULT_PORT}; 0 picks a free one)
  --viewer          also print a read-only viewer URL for a wall screen
  --allow-remote    permit a non-loopback --host: whoever has the operator URL gets a shell`;

export async function serveCommand(args: string[], layout: PackageLayout): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      journal: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      viewer: { type: 'boolean', default: false },
      'allow-remote': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port: expected a port number from 0 to 65535, got ${JSON.stringify(values.port)}`);
  }
  const workspace = resolve(values.workspace ?? layout.defaultWorkspace);
  if (!isDirectory(workspace)) throw new Error(`--workspace: ${workspace} is not a folder`);
  if (!isDirectory(layout.rendererDir)) {
    throw new Error(`the UI is not built (${layout.rendererDir} is missing): run \`npm run build\` first`);
  }

  const journal = openJournalWithFallback(resolve(values.journal ?? defaultJournalPath()));
  if (journal.problem) console.error(`warroom: ${journal.problem}`);
  const host = createConsoleHost(layout, workspace, journal);
  let server: Awaited<ReturnType<typeof startServeServer>>;
  try {
    server = await startServeServer(host, {
      host: values.host,
      port,
      allowRemote: values['allow-remote'],
      viewer: values.viewer,
      rendererDir: layout.rendererDir,
    });
  } catch (error) {
    await host.shutdown();
    throw error;
  }
  // Terminals must not outlive the console, however it ends.
  process.on('exit', () => host.dispose());
  const stop = () =>
    void server
      .close()
      .then(() => host.shutdown())
      .finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  console.log(`Warroom ${layout.version} serving workspace ${workspace}`);
  console.log(`  journal:  ${journal.journal.path}`);
  console.log(`  operator: ${server.operatorUrl}`);
  if (server.viewerUrl) console.log(`  viewer:   ${server.viewerUrl}`);
  for (const origin of server.otherOrigins) console.log(`  also at:  ${origin}/ (same #token=…)`);
  console.log('Anyone with the operator URL can run commands here. Ctrl+C stops.');
  return new Promise<number>(() => {});
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
