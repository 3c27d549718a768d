// BENCHMARKS.md from one full run of every bench: the machine, then each figure against the
// baseline measured in the same run and the target it is held to, then each bench's own report.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';

const GIB = 1024 ** 3;

/** @param {Array<{name: string, ok: boolean, result: any, output: string[], code: number, signal: string | null}>} runs */
export function benchmarksMarkdown(runs, when) {
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC. Every figure is`,
    'compared with a baseline measured in the same run, on the same machine; a figure on this page',
    'is one run, not a promise: runs on a shared 2-core VM vary (see each bench in the README).',
    '',
    '## The machine',
    '',
    '| | |',
    '| --- | --- |',
    ...machineRows(),
    '',
    '## Figures and targets',
    '',
    '| bench | figure | measured | baseline (same run) | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...runs.flatMap(targetRows),
    '',
    ...runs.flatMap((run) => [
      `## ${run.name}`,
      '',
      run.ok ? 'Met every target.' : `**Missed** (${exitWords(run)}).`,
      '',
      '```text',
      ...run.output,
      '```',
      '',
    ]),
  ].join('\n');
}

function targetRows(run) {
  const targets = run.result?.targets;
  if (!Array.isArray(targets) || targets.length === 0) {
    return [`| ${run.name} | (no result line) | | | | | ${run.ok ? 'yes' : '**no**'} |`];
  }
  return targets.map(
    (target) =>
      `| ${run.name} | ${cell(target.figure)} | ${cell(target.measured)} | ${cell(target.baseline ?? '')} | ${target.ratio ?? ''} | ${cell(target.target)} | ${metWords(target.met)} |`,
  );
}

function metWords(met) {
  if (met === null) return 'information';
  return met ? 'yes' : '**no**';
}

function exitWords(run) {
  if (run.signal) return `ended by ${run.signal}`;
  if (!run.result) return `exit ${run.code}, no result line`;
  return `exit ${run.code}`;
}

function cell(text) {
  return String(text).replaceAll('|', '\\|');
}

function machineRows() {
  const cores = cpus();
  return [
    `| CPU | ${cell(cores[0]?.model ?? 'unknown')} × ${cores.length} |`,
    `| memory | ${(totalmem() / GIB).toFixed(1)} GiB |`,
    `| system | ${cell(osName())}, Linux ${release()} |`,
    `| Node | ${process.version} |`,
    `| Chromium | ${cell(commandVersion(process.env.WARROOM_CHROMIUM ?? '/usr/bin/chromium'))} |`,
    `| Prometheus | ${cell(commandVersion('prometheus').split('\n')[0] ?? '')} |`,
  ];
}

function osName() {
  if (!existsSync('/etc/os-release')) return process.platform;
  const line = readFileSync('/etc/os-release', 'utf8')
    .split('\n')
    .find((one) => one.startsWith('PRETTY_NAME='));
  return line ? line.slice('PRETTY_NAME='.length).replaceAll('"', '') : process.platform;
}

function commandVersion(command) {
  try {
    return execFileSync(command, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch {
    return 'not found';
  }
}
