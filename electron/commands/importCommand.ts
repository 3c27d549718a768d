import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  convertGrafanaDashboard,
  NotAGrafanaDashboardError,
} from '../host/workspace/grafana/convertGrafanaDashboard';
import { parseDashboardJson } from '../host/workspace/grafana/dashboardJson';
import { dashboardYaml } from '../host/workspace/grafana/dashboardYaml';
import type { GrafanaImport } from '../host/workspace/grafana/importedDashboard';

export const IMPORT_USAGE = `warroom import grafana FILE [--out FILE] [--force]

  Converts a Grafana dashboard's Prometheus panels (its JSON, as Grafana exports it) into a
  warroom.yaml dashboard: section; lists on stderr what it skipped and why.
  --out FILE        write the section to FILE instead of printing it
  --force           overwrite --out FILE if it exists
  Exits 0 when it converted panels, 1 when none could be, 2 on bad usage or a file that is not a dashboard.`;

/** Exit codes: panels converted (even with some skipped), none convertible, bad usage or input. */
const CONVERTED = 0;
const NOTHING_CONVERTIBLE = 1;
const BAD_USAGE = 2;

/** Grafana's biggest dashboards are a few MB of JSON; a bigger file is a mistake, and is not read. */
const MAX_DASHBOARD_FILE_BYTES = 32 * 1024 * 1024;

/** Says what is wrong on stderr and returns the bad-usage exit code. */
function refuse(message: string, usage = false): number {
  console.error(`warroom import: ${message}${usage ? `\n\n${IMPORT_USAGE}` : ''}`);
  return BAD_USAGE;
}

function readDashboardFile(file: string): { text: string } | { problem: string } {
  try {
    const size = statSync(file).size;
    if (size > MAX_DASHBOARD_FILE_BYTES) {
      return {
        problem: `${file}: ${size} bytes is too big for a dashboard (at most ${MAX_DASHBOARD_FILE_BYTES / 1024 / 1024} MiB)`,
      };
    }
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(error as Error).message}` };
  }
}

/** What was converted, skipped and changed, as a person reads it. */
function report(result: GrafanaImport): string {
  const panels = result.converted === 1 ? 'panel' : 'panels';
  const lines = [`Converted ${result.converted} ${panels} of "${result.dashboard.title}".`];
  if (result.skipped.length > 0) {
    lines.push(`Skipped (${result.skipped.length}):`);
    for (const { panel, reason } of result.skipped) lines.push(`  "${panel}": ${reason}`);
  }
  if (result.warnings.length > 0) {
    lines.push(`Check (${result.warnings.length}):`);
    for (const warning of result.warnings) lines.push(`  ${warning}`);
  }
  return lines.join('\n');
}

/** Writes the section to `out`; refuses to replace a file unless `force`. Null when written, else the problem. */
function writeSection(out: string, text: string, force: boolean): string | null {
  try {
    writeFileSync(out, text, { flag: force ? 'w' : 'wx' });
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EEXIST'
      ? `${out} exists; add --force to overwrite it`
      : `${out}: ${(error as Error).message}`;
  }
}

export async function importCommand(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseImportArgs>;
  try {
    parsed = parseImportArgs(args);
  } catch (error) {
    return refuse((error as Error).message, true);
  }
  const { values, positionals } = parsed;
  const [source, file, ...extra] = positionals;
  if (source !== 'grafana') {
    return refuse(
      `expected "grafana", the one source Warroom imports from; got ${JSON.stringify(source ?? '')}`,
      true,
    );
  }
  if (file === undefined || extra.length > 0) return refuse('name exactly one Grafana dashboard file', true);

  const read = readDashboardFile(file);
  if ('problem' in read) return refuse(read.problem);
  const json = parseDashboardJson(read.text);
  if (!json.ok) return refuse(`${file}:${json.line}:${json.column}: not JSON: ${json.message}`);
  let result: GrafanaImport;
  try {
    result = convertGrafanaDashboard(json.json);
  } catch (error) {
    if (error instanceof NotAGrafanaDashboardError)
      return refuse(`${file}: not a Grafana dashboard: ${error.message}`);
    throw error;
  }
  if (result.converted === 0) {
    console.error(report(result));
    console.error('Nothing to write: no Prometheus panel could be converted.');
    return NOTHING_CONVERTIBLE;
  }
  const yaml = dashboardYaml(result.dashboard, basename(file));
  if (values.out === undefined) {
    process.stdout.write(yaml);
  } else {
    const problem = writeSection(values.out, yaml, values.force);
    if (problem !== null) return refuse(problem);
  }
  console.error(report(result));
  if (values.out !== undefined)
    console.error(`Wrote ${values.out}; put its dashboard: section in warroom.yaml.`);
  return CONVERTED;
}

function parseImportArgs(args: string[]) {
  return parseArgs({
    args,
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
}
