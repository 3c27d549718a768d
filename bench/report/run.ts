import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Journal } from '../../electron/host/journal/journal';
import { measureExports } from './measureExport';
import { judgeReport } from './reportVerdict';
import { benchWorkspace } from './reportWorkspace';
import { seedReportDay } from './seedReportDay';

/** Seeding, eleven exports and the read baseline must end well inside the 5 minutes a bench gets. */
const BENCH_DEADLINE_MS = 240_000;

/** When the bench's day starts: a fixed morning, so every run seeds the same journal. */
const DAY_START = Date.UTC(2026, 2, 10, 6, 0, 0);

/** The report is exported a minute after the day ended. */
const EXPORT_AFTER_END_MS = 60_000;

const scratch = mkdtempSync(join(tmpdir(), 'warroom-bench-report-'));
const bench = benchWorkspace();

async function runBench(): Promise<boolean> {
  const path = join(scratch, 'journal.sqlite');
  console.log('report: seeding a 12-hour day into a fresh journal');
  const seeded = await seedReportDay(path, bench.panels, DAY_START);
  const journal = Journal.open(path);
  try {
    const day = journal.days()[0];
    if (!day) throw new Error('the seeded journal has no day');
    console.log('report: reading the day (baseline), exporting HTML, exporting the bundle');
    const figures = await measureExports(
      journal,
      day,
      bench,
      scratch,
      new Date(seeded.endedAt + EXPORT_AFTER_END_MS),
    );
    const verdict = judgeReport(seeded, figures);
    for (const line of verdict.lines) console.log(line);
    console.log(verdict.json);
    return verdict.pass;
  } finally {
    await journal.close();
  }
}

function cleanUp(): void {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(bench.dir, { recursive: true, force: true });
}

setTimeout(() => {
  console.error(`report: gave up after ${BENCH_DEADLINE_MS / 1000} s`);
  cleanUp();
  process.exit(1);
}, BENCH_DEADLINE_MS).unref();
runBench().then(
  (pass) => {
    cleanUp();
    process.exit(pass ? 0 : 1);
  },
  (error: unknown) => {
    console.error(
      `report bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    cleanUp();
    process.exit(1);
  },
);
