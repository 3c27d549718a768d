import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { loadWorkspace } from '../../../electron/host/workspace/workspaceLoader';
import { formatProblem } from '../../../shared/workspace/workspaceTypes';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh workspace folder, removed after the test; with a warroom.yaml when `yaml` is given. */
export function scratchWorkspace(yaml?: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-workspace-'));
  folders.push(dir);
  if (yaml !== undefined) writeFileSync(join(dir, 'warroom.yaml'), yaml);
  return dir;
}

/** Loads `yaml` as a workspace and returns its problems as a person reads them, file name aside. */
export function problemsIn(yaml: string): string[] {
  const loaded = loadWorkspace(scratchWorkspace(yaml));
  if (loaded.ok) return [];
  return loaded.problems.map((problem) => formatProblem({ ...problem, file: 'warroom.yaml' }));
}

/** The lines of a YAML file, joined; keeps each test's line numbers readable. */
export function yamlLines(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
