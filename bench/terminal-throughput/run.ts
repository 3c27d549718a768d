import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJournalWithFallback } from '../../electron/host/journal/openJournalWithFallback';
import { WarroomHost } from '../../electron/host/warroomHost';
import { startServeServer } from '../../electron/transport/serveServer';
import { launchChromium } from '../../scripts/chromium';
import { buildBenchPage } from './buildBenchPage';
import { type CleanupSteps, runBenchToExit } from './cleanupSteps';
import { measureInPage } from './drivePage';
import { expectedFloodChars, FLOOD_COMMAND } from './floodCommand';
import { readThroughNodePty } from './nodePtyBaseline';
import { judgeThroughput } from './throughputVerdict';

/** The whole bench, browser included, must end well inside the 5 minutes a bench gets. */
const BENCH_DEADLINE_MS = 240_000;

/** node-pty's exact output, served beside the page for the xterm-direct baseline. */
const FLOOD_FILE = 'flood.txt';

/** A plain POSIX shell: no rc files, no line editor, a predictable echo. */
const BENCH_SHELL = '/bin/sh';

async function runBench(cleanup: CleanupSteps): Promise<boolean> {
  console.log('terminal-throughput: building the bench page');
  const pageDir = await buildBenchPage();

  console.log('terminal-throughput: node-pty alone');
  const { output, ms } = await readThroughNodePty(FLOOD_COMMAND);
  const floodFile = join(pageDir, FLOOD_FILE);
  await writeFile(floodFile, output);
  cleanup.add(() => rm(floodFile, { force: true }));
  const nodePty = { chars: output.length, ms };

  const journalDir = await mkdtemp(join(tmpdir(), 'warroom-bench-journal-'));
  cleanup.add(() => rm(journalDir, { recursive: true, force: true }));
  const journal = openJournalWithFallback(join(journalDir, 'journal.sqlite'));
  const host = new WarroomHost({ workspace: pageDir, version: 'bench', shell: BENCH_SHELL, journal });
  cleanup.add(() => host.shutdown());
  const server = await startServeServer(host, {
    host: '127.0.0.1',
    port: 0,
    allowRemote: false,
    viewer: false,
    rendererDir: pageDir,
  });
  cleanup.add(() => server.close());
  const browser = await launchChromium();
  cleanup.add(() => browser.close());
  const figures = await measureInPage(browser, server.operatorUrl, `/${FLOOD_FILE}`);

  const verdict = judgeThroughput({
    command: FLOOD_COMMAND,
    expectedChars: expectedFloodChars(),
    nodePty,
    ...figures,
  });
  for (const line of verdict.lines) console.log(line);
  console.log(verdict.json);
  return verdict.pass;
}

runBenchToExit('terminal-throughput', BENCH_DEADLINE_MS, runBench);
