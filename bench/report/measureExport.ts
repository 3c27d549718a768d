import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Journal } from '../../electron/host/journal/journal';
import { type DayExport, exportDay } from '../../electron/host/journal/journalExport';
import { buildReport } from '../../electron/host/report/buildReport';
import { exportReport } from '../../electron/host/report/export/exportReport';
import type { PdfPrinterChoice } from '../../electron/host/report/export/pdf/pdfPrinter';
import { redactJson } from '../../electron/host/report/export/redaction/reportRedactor';
import { renderHtml } from '../../electron/host/report/render/html/renderHtml';
import type { DayInfo } from '../../shared/journalTypes';
import type { BenchWorkspace } from './reportWorkspace';

/** Runs per figure after one warm-up; the median is judged, so one disturbed run does not decide. */
export const MEASURED_RUNS = 3;

/** The bundle's PDF is left out: this figure measures Warroom's code, not Chromium printing. */
export const NO_BROWSER = 'no browser in the bench: the bundle figure leaves Chromium printing out';
const noBrowser = (): PdfPrinterChoice => ({ ok: false, reason: NO_BROWSER });

export interface Timed {
  runsMs: number[];
  medianMs: number;
}

export interface ExportFigures {
  baseline: Timed & { events: number; snapshots: number };
  html: Timed & { bytes: number };
  bundle: Timed & { bytes: number; files: number; skipped: string[] };
  /** One HTML export taken apart: where its time goes. */
  htmlSteps: Record<'readDay' | 'buildReport' | 'redactJson' | 'renderHtml' | 'writeFile', number>;
}

/** Times the plain read of the day, its HTML export and its bundle, each MEASURED_RUNS times after a warm-up. */
export async function measureExports(
  journal: Journal,
  day: DayInfo,
  bench: BenchWorkspace,
  out: string,
  now: Date,
): Promise<ExportFigures> {
  const source = { journal, workspace: bench.workspace, redact: bench.redact };
  const htmlFile = join(out, 'report.html');
  const bundleDir = join(out, 'bundle');
  let read: DayExport | null = null;
  const baseline = await timed(() => {
    // What the report reads, no more: transcripts are left out, as the report never shows output.
    read = exportDay(journal, day, now, { transcripts: false });
  });
  const counted = read as DayExport | null;
  if (!counted) throw new Error('the day was never read');
  const html = await timed(() =>
    exportReport(source, { format: 'html', out: htmlFile, printer: noBrowser, now }),
  );
  let skipped: string[] = [];
  const bundle = await timed(async () => {
    rmSync(bundleDir, { recursive: true, force: true });
    skipped = (await exportReport(source, { format: 'bundle', out: bundleDir, printer: noBrowser, now }))
      .skipped;
  });
  const bundleFiles = readdirSync(bundleDir).map((name) => statSync(join(bundleDir, name)).size);
  return {
    baseline: {
      ...baseline,
      events: counted.events.length,
      snapshots: counted.snapshots.length,
    },
    html: { ...html, bytes: statSync(htmlFile).size },
    bundle: {
      ...bundle,
      bytes: bundleFiles.reduce((sum, size) => sum + size, 0),
      files: bundleFiles.length,
      skipped,
    },
    htmlSteps: htmlSteps(journal, day, bench, join(out, 'report-steps.html'), now),
  };
}

/** The HTML export's steps one by one, as prepareReport and exportReport chain them. */
function htmlSteps(journal: Journal, day: DayInfo, bench: BenchWorkspace, file: string, now: Date) {
  const clock = stopwatch();
  const exported = exportDay(journal, day, now, { transcripts: false });
  const readDay = clock();
  const model = buildReport({
    day: exported,
    signoff: bench.workspace.signoff,
    panels: bench.panels,
    previous: null,
  });
  const built = clock();
  const redacted = redactJson(model, bench.redact);
  const redactedMs = clock();
  const html = renderHtml(redacted);
  const rendered = clock();
  writeFileSync(file, html);
  return { readDay, buildReport: built, redactJson: redactedMs, renderHtml: rendered, writeFile: clock() };
}

async function timed(work: () => unknown): Promise<Timed> {
  await work();
  const runsMs: number[] = [];
  for (let run = 0; run < MEASURED_RUNS; run += 1) {
    const started = performance.now();
    await work();
    runsMs.push(performance.now() - started);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { runsMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}

/** Each call gives the milliseconds since the previous one. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
}
