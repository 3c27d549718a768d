import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCommand } from '../../../electron/commands/lintCommand';
import { RUNBOOK_FIXTURES } from './runbookFixtures';

/** Runs `warroom lint ARGS` in-process, with what it prints. */
async function lint(args: string[], defaultWorkspace = join(RUNBOOK_FIXTURES, 'clean')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await lintCommand(
    args,
    { defaultWorkspace },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
  return { code, out, err: err.join('\n') };
}

const shown = (path: string) => relative(process.cwd(), join(RUNBOOK_FIXTURES, path));

describe('warroom lint', () => {
  it('exits 0 and says so when no runbook has a problem; the default is the workspace folder', async () => {
    expect(await lint([])).toEqual({ code: 0, out: ['3 runbooks, no problems'], err: '' });
    expect(await lint([join(RUNBOOK_FIXTURES, 'clean', 'readme.md')])).toMatchObject({
      code: 0,
      out: ['1 runbook, no problems'],
    });
  });

  it('prints every problem as file:line:column: message, then a summary, and exits 1', async () => {
    const { code, out, err } = await lint([join(RUNBOOK_FIXTURES, 'broken')]);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toContain(
      `${shown('broken/attribute-unknown.md')}:7:27: unknown attribute "confrim"; did you mean "confirm"?`,
    );
    expect(out).toContain(
      `${shown('broken/rollback-self.md')}:5:37: rollback "scale-up" is this step itself; name the step that undoes it`,
    );
    const problems = out.slice(0, -1);
    expect(
      problems.every((line) => /^test\/fixtures\/runbooks\/broken\/[a-z-]+\.md:\d+:\d+: \S/.test(line)),
    ).toBe(true);
    // Without warroom.yaml, only/except are not checked: that fixture is clean here.
    expect(out.at(-1)).toBe(`${problems.length} problems in 28 of 29 runbooks`);
  });

  it('loads the warroom.yaml above the paths, so environments and their variables are known', async () => {
    const { code, out } = await lint([join(RUNBOOK_FIXTURES, 'workspace', 'drills')]);
    expect(code).toBe(1);
    expect(out).toEqual([
      `${shown('workspace/drills/env-check.md')}:11:39: environment "sandbx" is not in warroom.yaml; did you mean "sandbox"?`,
      '1 problem in 1 of 1 runbook',
    ]);
    const elsewhere = await lint([
      '--workspace',
      join(RUNBOOK_FIXTURES, 'workspace'),
      join(RUNBOOK_FIXTURES, 'broken', 'only-unknown-environment.md'),
    ]);
    expect(elsewhere.out.at(-1)).toBe('1 problem in 1 of 1 runbook');
    expect(elsewhere.out[0]).toMatch(/:5:30: environment "sandbx" is not in warroom.yaml/);
  });

  it('goes on without environments, and says so, when warroom.yaml does not load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-lint-'));
    try {
      writeFileSync(join(dir, 'warroom.yaml'), 'environments: [\n');
      writeFileSync(
        join(dir, 'fix.md'),
        '---\nkind: quickfix\n---\n\n```sh {"only":"prod"}\necho $HOME\n```\n',
      );
      const { code, out, err } = await lint([dir]);
      expect({ code, out }).toEqual({ code: 0, out: ['1 runbook, no problems'] });
      expect(err).toMatch(
        /warroom.yaml does not load \(1 problem; see warroom verify\): environments are not checked/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on a path that does not exist or an unknown option', async () => {
    const missing = await lint([join(RUNBOOK_FIXTURES, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^warroom lint: cannot read .*nowhere: no such file or folder/);
    expect(missing.out).toEqual([]);
    const unknown = await lint(['--strict']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown option '--strict'/);
  });
});
