import { APPEND_EVENTS, measureAppendRate } from './appendRate';
import { judgeJournal } from './journalVerdict';
import { measureTimeline } from './timelineMeasure';

/** Batched append runs; the median is judged, so one run disturbed by the machine does not decide. */
const BATCHED_RUNS = 3;

/** Appends, browser and all, must end well inside the 5 minutes a bench gets. */
const BENCH_DEADLINE_MS = 240_000;

async function runBench(): Promise<boolean> {
  const batched = [];
  for (let run = 1; run <= BATCHED_RUNS; run += 1) {
    console.log(`journal: ${APPEND_EVENTS} appends, group commit (run ${run} of ${BATCHED_RUNS})`);
    batched.push(await measureAppendRate());
  }
  console.log(`journal: the same ${APPEND_EVENTS} appends, one transaction each (baseline)`);
  const unbatched = await measureAppendRate(1);
  const timeline = await measureTimeline();
  const verdict = judgeJournal({ batched, unbatched, timeline });
  for (const line of verdict.lines) console.log(line);
  console.log(verdict.json);
  return verdict.pass;
}

setTimeout(() => {
  console.error(`journal: gave up after ${BENCH_DEADLINE_MS / 1000} s`);
  process.exit(1);
}, BENCH_DEADLINE_MS).unref();
runBench().then(
  (pass) => process.exit(pass ? 0 : 1),
  (error: unknown) => {
    console.error(`journal bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
