import type { BenchTarget } from '../benchTarget';
import { type ExportFigures, MEASURED_RUNS, NO_BROWSER } from './measureExport';
import type { SeededDay } from './seedReportDay';

/** The ceiling for a 12-hour day's HTML export. */
const MAX_HTML_MS = 3_000;

/** The HTML export may cost at most this many times the plain read of the same rows. */
const MAX_HTML_RATIO = 5;

const MB = 1024 * 1024;

export function judgeReport(
  seeded: SeededDay,
  figures: ExportFigures,
): { pass: boolean; lines: string[]; json: string } {
  const { baseline, html, bundle, htmlSteps } = figures;
  const ratio = html.medianMs / baseline.medianMs;
  const bundleRatio = bundle.medianMs / baseline.medianMs;
  const failures = [
    html.medianMs >= MAX_HTML_MS &&
      `HTML export took ${round(html.medianMs)} ms, not under ${MAX_HTML_MS} ms`,
    ratio >= MAX_HTML_RATIO &&
      `HTML export is ${round(ratio, 2)}× the plain read, not under ${MAX_HTML_RATIO}×`,
  ].filter((failure): failure is string => typeof failure === 'string');
  const pass = failures.length === 0;
  const runs = (ms: number[]) => ms.map((one) => `${round(one)}`).join(', ');
  const lines = [
    `  day: ${seeded.events} events, ${seeded.snapshots} snapshots, ${seeded.transcripts} commands with transcripts, ${seeded.issues} issues (seeded in ${round(seeded.seedMs)} ms)`,
    `  baseline, exportDay (every event, issue and snapshot decompressed and parsed; no transcripts, which the report does not read):`,
    `    ${runs(baseline.runsMs)} ms (median ${round(baseline.medianMs)} ms; read ${baseline.events} events, ${baseline.snapshots} snapshots)`,
    `  HTML export:   ${runs(html.runsMs)} ms (median ${round(html.medianMs)} ms, ${round(ratio, 2)}× baseline; ${round(html.bytes / MB, 2)} MB; target < ${MAX_HTML_MS} ms and < ${MAX_HTML_RATIO}×)`,
    `    one HTML export by step: read ${round(htmlSteps.readDay)} ms, buildReport ${round(htmlSteps.buildReport)} ms, redactJson ${round(htmlSteps.redactJson)} ms, renderHtml ${round(htmlSteps.renderHtml)} ms, write ${round(htmlSteps.writeFile)} ms`,
    `  bundle export: ${runs(bundle.runsMs)} ms (median ${round(bundle.medianMs)} ms, ${round(bundleRatio, 2)}× baseline; ${bundle.files} files, ${round(bundle.bytes / MB, 2)} MB; information, no target)`,
    `    without its PDF (${NO_BROWSER}); skipped: ${bundle.skipped.length === 0 ? 'nothing' : bundle.skipped.length}`,
    `  each figure: median of ${MEASURED_RUNS} runs after one warm-up`,
    ...failures.map((failure) => `  FAIL: ${failure}`),
    `  ${pass ? 'PASS' : 'FAIL'}`,
  ];
  const json = JSON.stringify({
    bench: 'report',
    value: round(html.medianMs),
    unit: 'ms (HTML export, 12-hour day)',
    baseline: round(baseline.medianMs),
    ratio: round(ratio, 2),
    htmlMB: round(html.bytes / MB, 2),
    bundleMs: round(bundle.medianMs),
    bundleRatio: round(bundleRatio, 2),
    bundleMB: round(bundle.bytes / MB, 2),
    pass,
    targets: [
      {
        figure: 'HTML export of a 12-hour day (median)',
        measured: `${round(html.medianMs)} ms`,
        baseline: `${round(baseline.medianMs)} ms, reading the same rows from SQLite`,
        ratio: round(ratio, 2),
        target: `< ${MAX_HTML_MS} ms and < ${MAX_HTML_RATIO}× the read`,
        met: html.medianMs < MAX_HTML_MS && ratio < MAX_HTML_RATIO,
      },
      {
        figure: 'results bundle without its PDF (median)',
        measured: `${round(bundle.medianMs)} ms, ${round(bundle.bytes / MB, 1)} MB`,
        baseline: `${round(baseline.medianMs)} ms`,
        ratio: round(bundleRatio, 2),
        target: 'information',
        met: null,
      },
    ] satisfies BenchTarget[],
  });
  return { pass, lines, json };
}

function round(value: number, digits = 0): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
