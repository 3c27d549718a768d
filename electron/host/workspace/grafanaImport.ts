import { mkdtempSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/apiErrors';
import { formatProblem, type WorkspaceProblem } from '../../../shared/workspace/workspaceTypes';
import type { GrafanaImportResult } from '../../../shared/workspaceContract';
import { convertGrafanaDashboard, NotAGrafanaDashboardError } from './grafana/convertGrafanaDashboard';
import { parseDashboardJson } from './grafana/dashboardJson';
import { dashboardYaml } from './grafana/dashboardYaml';
import type { GrafanaImport } from './grafana/importedDashboard';
import { mergeDashboardSection, type PanelIdChange, withUniquePanelIds } from './grafanaImportMerge';
import { readWorkspaceFile, WORKSPACE_FILE_NAME } from './workspaceFile';
import { loadWorkspace, type WorkspaceLoad } from './workspaceLoader';

export type GrafanaImportMode = 'preview' | 'apply';

/** A refusal lists this many of the file's problems and counts the rest: enough to start fixing. */
const PROBLEMS_LISTED = 10;

/** The JSON converted, or a bad_request saying why it is not a Grafana dashboard. */
function convert(json: string): GrafanaImport {
  const parsed = parseDashboardJson(json);
  if (!parsed.ok) {
    throw new ApiError(
      'bad_request',
      `not JSON: line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
    );
  }
  try {
    return convertGrafanaDashboard(parsed.json);
  } catch (error) {
    if (error instanceof NotAGrafanaDashboardError) {
      throw new ApiError('bad_request', `not a Grafana dashboard: ${error.message}`);
    }
    throw error;
  }
}

function refusal(heading: string, problems: readonly WorkspaceProblem[]): ApiError {
  const listed = problems.slice(0, PROBLEMS_LISTED).map(formatProblem);
  const more = problems.length - listed.length;
  const lines = [`${heading}:`, ...listed, ...(more > 0 ? [`and ${more} more`] : [])];
  return new ApiError('refused', lines.join('\n'));
}

/** Loads `text` as a workspace from a scratch copy, its problems naming `file`: nothing real is touched. */
function loadText(text: string, file: string): WorkspaceLoad {
  const scratch = mkdtempSync(join(tmpdir(), 'warroom-import-'));
  try {
    writeFileSync(join(scratch, WORKSPACE_FILE_NAME), text);
    const load = loadWorkspace(scratch);
    return load.ok
      ? load
      : { ...load, file, problems: load.problems.map((problem) => ({ ...problem, file })) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Replaces `file` by renaming a finished copy over it, so the watcher never reads half a file. */
function writeAtomically(file: string, text: string): void {
  // A symlinked warroom.yaml stays a link: its target is replaced.
  const target = realpathSync(file);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode: statSync(target).mode & 0o777 });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new ApiError('refused', `could not write ${file}: ${(error as Error).message}`);
  }
}

function idChangeWarning({ from, to }: PanelIdChange): string {
  return `"${from}" is already a panel id in ${WORKSPACE_FILE_NAME}: the imported panel is "${to}"`;
}

/** Adds the converted panels to DIR/warroom.yaml; refuses while the file, or the result, would not load. */
function apply(dir: string, result: GrafanaImport, source: string): GrafanaImportResult {
  if (result.converted === 0) {
    throw new ApiError(
      'refused',
      `no Prometheus panel could be converted: nothing to add to ${WORKSPACE_FILE_NAME}`,
    );
  }
  const read = readWorkspaceFile(dir);
  if (!read.ok) throw refusal(`${WORKSPACE_FILE_NAME} has a problem; fix the file first`, [read.problem]);
  const current = loadText(read.text, read.file);
  if (!current.ok) throw refusal(`${WORKSPACE_FILE_NAME} has problems; fix the file first`, current.problems);

  const existingIds = current.workspace.dashboard?.panels.map((panel) => panel.id) ?? [];
  const { rows, changes } = withUniquePanelIds(result.dashboard.rows, existingIds);
  const yaml = dashboardYaml({ ...result.dashboard, rows }, source);
  const merged = mergeDashboardSection(read.text, yaml, `Imported from ${source} in the console.`);
  const after = loadText(merged, read.file);
  if (!after.ok) {
    throw refusal(
      `with the import ${WORKSPACE_FILE_NAME} would not load, so it was left as it is`,
      after.problems,
    );
  }
  writeAtomically(read.file, merged);
  return {
    yaml,
    converted: result.converted,
    skipped: result.skipped,
    warnings: [...result.warnings, ...changes.map(idChangeWarning)],
    applied: true,
  };
}

/**
 * A Grafana dashboard's JSON converted as `warroom import grafana` does. 'preview' only converts;
 * 'apply' also writes the panels into the workspace's warroom.yaml, which its watcher then reloads.
 */
export function importGrafana(dir: string, json: string, mode: GrafanaImportMode): GrafanaImportResult {
  const result = convert(json);
  const source = `the Grafana dashboard "${result.dashboard.title}"`;
  if (mode === 'apply') return apply(dir, result, source);
  const { converted, skipped, warnings } = result;
  return { yaml: dashboardYaml(result.dashboard, source), converted, skipped, warnings, applied: false };
}
