import type { BenchTarget } from '../benchTarget';
import type { CspViolation, EndToEndResult, WebglRasterizer, XtermDirectResult } from './pageContract';

/** End to end must keep this share of xterm's own speed: host, carrier and client may cost 30 %. */
const MIN_RATIO = 0.7;

/** Keystroke echo under load; past 50 ms typing starts to feel laggy. */
const MAX_ECHO_P95_MS = 50;

/** Fewer keystrokes than this during the flood cannot support a p95. */
const MIN_ECHO_SAMPLES = 20;

export interface ThroughputFigures {
  command: string;
  /** What base64 of the source bytes must come to through a pty. */
  expectedChars: number;
  nodePty: { chars: number; ms: number };
  xtermDirect: XtermDirectResult;
  endToEnd: EndToEndResult;
  webgl: WebglRasterizer | null;
  cspViolations: CspViolation[];
}

export interface Verdict {
  pass: boolean;
  /** Human-readable figures, then notes and failures. */
  lines: string[];
  /** The one JSON line run-all.mjs reads; printed last. */
  json: string;
}

interface Rates {
  nodePty: number;
  baseline: number;
  endToEnd: number;
  ratio: number;
  /** Sorted keystroke echo latencies. */
  echo: number[];
  echoP50: number;
  echoP95: number;
}

export function judgeThroughput(figures: ThroughputFigures): Verdict {
  const rates = ratesOf(figures);
  // A refused eval() is a library probing for it (zod 4 does) and carrying on without it;
  // any other refusal means part of the page did not load.
  const evalRefusals = figures.cspViolations.filter((violation) => violation.blocked === 'eval');
  const refusals = figures.cspViolations.filter((violation) => violation.blocked !== 'eval');
  const failures = [
    ...countFailures(figures),
    ...targetFailures(figures.endToEnd, rates),
    ...refusals.map((v) => `the page broke its CSP: ${v.directive} refused ${v.blocked} at ${v.source}`),
  ];
  const pass = failures.length === 0;
  const lines = [
    ...figureLines(figures, rates),
    ...evalRefusals.map((v) => `  note: the CSP refused eval() at ${v.source}; the page ran on without it`),
    ...failures.map((failure) => `  FAIL: ${failure}`),
    `  ${pass ? 'PASS' : 'FAIL'}`,
  ];
  const json = JSON.stringify({
    bench: 'terminal-throughput',
    value: round(rates.endToEnd),
    unit: 'MB/s',
    baseline: round(rates.baseline),
    ratio: round(rates.ratio, 3),
    nodePtyMBps: round(rates.nodePty),
    echoP50Ms: round(rates.echoP50, 1),
    echoP95Ms: round(rates.echoP95, 1),
    echoSamples: rates.echo.length,
    bytes: figures.endToEnd.chars,
    renderer: figures.endToEnd.renderer,
    pass,
    targets: [
      {
        figure: 'terminal output end to end (pty, host, WebSocket, xterm.js)',
        measured: `${round(rates.endToEnd, 1)} MB/s`,
        baseline: `${round(rates.baseline, 1)} MB/s, xterm.js writing the same bytes directly`,
        ratio: round(rates.ratio, 2),
        target: `≥ ${MIN_RATIO} × the baseline`,
        met: rates.ratio >= MIN_RATIO,
      },
      {
        figure: 'keystroke echo p95 during the flood',
        measured: `${round(rates.echoP95, 1)} ms`,
        baseline: null,
        ratio: null,
        target: `< ${MAX_ECHO_P95_MS} ms`,
        met: rates.echoP95 < MAX_ECHO_P95_MS,
      },
    ] satisfies BenchTarget[],
  });
  return { pass, lines, json };
}

function ratesOf({ nodePty, xtermDirect, endToEnd }: ThroughputFigures): Rates {
  const baseline = megabytesPerSecond(xtermDirect.chars, xtermDirect.ms);
  const endToEndRate = megabytesPerSecond(endToEnd.chars, endToEnd.ms);
  const echo = [...endToEnd.echo.latenciesMs].sort((a, b) => a - b);
  return {
    nodePty: megabytesPerSecond(nodePty.chars, nodePty.ms),
    baseline,
    endToEnd: endToEndRate,
    ratio: endToEndRate / baseline,
    echo,
    echoP50: percentile(echo, 0.5),
    echoP95: percentile(echo, 0.95),
  };
}

/** Every path must deliver exactly what the command printed: nothing lost, nothing doubled. */
function countFailures({
  command,
  expectedChars,
  nodePty,
  xtermDirect,
  endToEnd,
}: ThroughputFigures): string[] {
  const failures: string[] = [];
  if (nodePty.chars !== expectedChars) {
    failures.push(
      `node-pty alone delivered ${count(nodePty.chars)} chars; \`${command}\` prints ${count(expectedChars)}`,
    );
  }
  if (xtermDirect.chars !== nodePty.chars) {
    failures.push(
      `xterm direct confirmed ${count(xtermDirect.chars)} of the ${count(nodePty.chars)} chars written`,
    );
  }
  if (endToEnd.chars !== nodePty.chars) {
    failures.push(
      `end to end, xterm confirmed ${count(endToEnd.chars)} chars; node-pty produced ${count(nodePty.chars)}`,
    );
  }
  return failures;
}

function targetFailures(endToEnd: EndToEndResult, rates: Rates): string[] {
  const failures: string[] = [];
  if (rates.ratio < MIN_RATIO) {
    failures.push(
      `end to end is ${percent(rates.ratio)} of xterm direct; the target is ≥ ${percent(MIN_RATIO)}`,
    );
  }
  if (rates.echo.length < MIN_ECHO_SAMPLES) {
    failures.push(
      `only ${rates.echo.length} keystroke echoes during the flood; a p95 needs ${MIN_ECHO_SAMPLES}`,
    );
  } else if (rates.echoP95 >= MAX_ECHO_P95_MS) {
    failures.push(`keystroke echo p95 is ${ms(rates.echoP95)}; the target is < ${MAX_ECHO_P95_MS} ms`);
  }
  if (endToEnd.echo.missing > 0) failures.push(`${endToEnd.echo.missing} keystrokes were never echoed`);
  return failures;
}

function figureLines(figures: ThroughputFigures, rates: Rates): string[] {
  const { nodePty, xtermDirect, endToEnd } = figures;
  return [
    `terminal-throughput: \`${figures.command}\` in a 120x40 terminal, ${rendererName(xtermDirect, endToEnd)}`,
    `  WebGL here       ${webglName(figures.webgl)}`,
    `  node-pty alone   ${rate(rates.nodePty)}  ${seconds(nodePty.ms)}`,
    `  xterm.js direct  ${rate(rates.baseline)}  ${seconds(xtermDirect.ms)}  (baseline)`,
    `  end to end       ${rate(rates.endToEnd)}  ${seconds(endToEnd.ms)}  = ${percent(rates.ratio)} of xterm direct (target ≥ ${percent(MIN_RATIO)})`,
    `  keystroke echo   p50 ${ms(rates.echoP50)}, p95 ${ms(rates.echoP95)} over ${rates.echo.length} keystrokes during the flood (target p95 < ${MAX_ECHO_P95_MS} ms)`,
    `  chars            expected ${count(figures.expectedChars)}, node-pty ${count(nodePty.chars)}, xterm direct ${count(xtermDirect.chars)}, end to end ${count(endToEnd.chars)}`,
  ];
}

function rendererName(direct: XtermDirectResult, endToEnd: EndToEndResult): string {
  return direct.renderer === endToEnd.renderer
    ? `${direct.renderer} renderer`
    : `${direct.renderer} renderer direct, ${endToEnd.renderer} end to end`;
}

function webglName(webgl: WebglRasterizer | null): string {
  if (!webgl) return 'none';
  return webgl.software ? `${webgl.name} (software, so the DOM renderer runs)` : webgl.name;
}

/** MB of 10^6 bytes; every character here is one ASCII byte. */
function megabytesPerSecond(chars: number, ms: number): number {
  return chars / 1e6 / (ms / 1000);
}

/** Nearest-rank percentile of sorted samples; NaN when there are none. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

const rate = (mbps: number) => `${mbps.toFixed(1).padStart(6)} MB/s`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const percent = (value: number) => `${Math.round(value * 100)} %`;
const count = (value: number) => value.toLocaleString('en-US');
