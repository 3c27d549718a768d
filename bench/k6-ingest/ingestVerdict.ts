import type { BenchTarget } from '../benchTarget';
/** Issue 7's targets: the summarizer against the two baselines measured in the same run. */
export const MIN_RATIO_TO_PLAIN_NODE = 2;
export const MIN_RATIO_TO_JQ = 5;

export interface IngestFigures {
  fileBytes: number;
  /** Wall seconds of each contender's runs; the best is judged. */
  summarizerSeconds: number[];
  /** The CLI around the same summarizer: shown, not judged (its start is not ingestion). */
  cliSeconds: number[];
  plainNodeSeconds: number[];
  jqSeconds: number[];
  /** Best wall seconds of `warroom --version`: the CLI's start, paid by every run. */
  cliStartSeconds: number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function judgeIngest(figures: IngestFigures): { pass: boolean; lines: string[]; json: string } {
  const rate = (seconds: number[]) => figures.fileBytes / 1e6 / Math.min(...seconds);
  const warroom = rate(figures.summarizerSeconds);
  const cli = rate(figures.cliSeconds);
  const plainNode = rate(figures.plainNodeSeconds);
  const jq = rate(figures.jqSeconds);
  const toPlainNode = warroom / plainNode;
  const toJq = warroom / jq;
  const failures = [
    toPlainNode < MIN_RATIO_TO_PLAIN_NODE &&
      `${round(toPlainNode, 2)}× the plain Node loop, below ${MIN_RATIO_TO_PLAIN_NODE}×`,
    toJq < MIN_RATIO_TO_JQ && `${round(toJq, 2)}× jq, below ${MIN_RATIO_TO_JQ}×`,
  ].filter((failure): failure is string => typeof failure === 'string');
  const pass = failures.length === 0;
  const runs = (seconds: number[]) => seconds.map((s) => `${round(s, 2)} s`).join(', ');
  const lines = [
    `  file:               ${round(figures.fileBytes / 1e6)} MB`,
    `  warroom summarizer: ${round(warroom)} MB/s (runs ${runs(figures.summarizerSeconds)})`,
    `  warroom CLI:        ${round(cli)} MB/s (runs ${runs(figures.cliSeconds)}; of which the CLI's start, alone: ${round(figures.cliStartSeconds, 2)} s; not judged)`,
    `  plain Node:         ${round(plainNode)} MB/s (runs ${runs(figures.plainNodeSeconds)})`,
    `  jq:                 ${round(jq)} MB/s (runs ${runs(figures.jqSeconds)})`,
    `  vs plain Node: ${round(toPlainNode, 2)}× (target ≥ ${MIN_RATIO_TO_PLAIN_NODE}×)`,
    `  vs jq:         ${round(toJq, 2)}× (target ≥ ${MIN_RATIO_TO_JQ}×)`,
    ...failures.map((failure) => `  FAIL: ${failure}`),
    `  ${pass ? 'PASS' : 'FAIL'}`,
  ];
  const json = JSON.stringify({
    bench: 'k6-ingest',
    value: round(warroom),
    unit: 'MB/s',
    baseline: round(plainNode),
    ratio: round(toPlainNode, 2),
    jq: round(jq),
    ratioToJq: round(toJq, 2),
    cli: round(cli),
    fileMB: round(figures.fileBytes / 1e6),
    pass,
    targets: [
      {
        figure: 'summarising k6 JSON output',
        measured: `${round(warroom)} MB/s`,
        baseline: `${round(plainNode)} MB/s, a plain readline + JSON.parse loop`,
        ratio: round(toPlainNode, 2),
        target: `≥ ${MIN_RATIO_TO_PLAIN_NODE}× the plain loop`,
        met: toPlainNode >= MIN_RATIO_TO_PLAIN_NODE,
      },
      {
        figure: 'the same, against jq',
        measured: `${round(warroom)} MB/s`,
        baseline: `${round(jq)} MB/s, jq -c 'select(.type=="Point")'`,
        ratio: round(toJq, 2),
        target: `≥ ${MIN_RATIO_TO_JQ}× jq`,
        met: toJq >= MIN_RATIO_TO_JQ,
      },
    ] satisfies BenchTarget[],
  });
  return { pass, lines, json };
}
