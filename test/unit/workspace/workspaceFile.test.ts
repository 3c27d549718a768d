import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadWorkspace,
  MAX_WORKSPACE_FILE_BYTES,
  WORKSPACE_FILE_NAME,
} from '../../../electron/host/workspace/workspaceLoader';
import { formatProblem } from '../../../shared/workspace/workspaceTypes';
import { scratchWorkspace } from './scratchWorkspace';

describe('finding and reading warroom.yaml', () => {
  it('gives one problem naming the path when the folder has no warroom.yaml', () => {
    const dir = scratchWorkspace();
    const loaded = loadWorkspace(dir);
    const file = join(dir, WORKSPACE_FILE_NAME);
    expect(loaded).toEqual({
      ok: false,
      file,
      problems: [
        { file, line: 0, column: 0, path: '', message: expect.stringContaining('no warroom.yaml here') },
      ],
    });
    if (!loaded.ok) {
      expect(loaded.problems.map(formatProblem)).toEqual([
        `${file}: no warroom.yaml here; a workspace is a folder holding one`,
      ]);
    }
  });

  it('says so when the workspace folder itself does not exist', () => {
    const missing = join(scratchWorkspace(), 'not-there');
    const loaded = loadWorkspace(missing);
    expect(loaded.ok).toBe(false);
    expect(loaded.file).toBe(join(missing, WORKSPACE_FILE_NAME));
  });

  it('refuses a warroom.yaml that is a folder', () => {
    const dir = scratchWorkspace();
    mkdirSync(join(dir, WORKSPACE_FILE_NAME));
    const loaded = loadWorkspace(dir);
    expect(loaded.ok ? [] : loaded.problems.map((problem) => problem.message)).toEqual([
      'not a file; a workspace folder holds a warroom.yaml file',
    ]);
  });

  it('refuses a file over 1 MiB without parsing it, naming the file', () => {
    const oversized = `# ${'x'.repeat(MAX_WORKSPACE_FILE_BYTES)}\nenvironments:\n  sandbox: {}\n`;
    const dir = scratchWorkspace(oversized);
    const loaded = loadWorkspace(dir);
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      `${join(dir, WORKSPACE_FILE_NAME)}: the file is ${oversized.length} bytes; a workspace file may be at most 1 MiB`,
    ]);
  });

  it('reads a file of exactly 1 MiB', () => {
    const body = 'environments:\n  sandbox: {}\n';
    const padded = `${body}#${'x'.repeat(MAX_WORKSPACE_FILE_BYTES - body.length - 2)}\n`;
    expect(padded.length).toBe(MAX_WORKSPACE_FILE_BYTES);
    expect(loadWorkspace(scratchWorkspace(padded)).ok).toBe(true);
  });
});
