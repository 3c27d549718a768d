// bench/k6-ingest's judged contender, bundled by bundleSummarizer.ts: the summarizer `warroom k6
// summarize FILE --json` calls, printing the same JSON, without the CLI that loads every command first.
import { summarizeK6Output } from '../../electron/host/k6/summarize/summarizeK6Output';

const summary = await summarizeK6Output(process.argv[2] as string);
console.log(JSON.stringify({ metrics: summary.metrics }));
