import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRunbookFolder, MAX_RUNBOOK_BYTES } from '../../../electron/host/runbooks/runbookFolder';
import { environment } from './runbookFixtures';

describe('loadRunbookFolder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-runbooks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('drills/app-crash.md', '---\nkind: drill\n---\n\n```sh {"only":"sandbx"}\necho hi\n```\n');
  write('checklists/before.md', '# Before\n\n- [ ] backup\n');
  write('notes.txt', 'not Markdown');
  write('node_modules/pkg/README.md', '# a package');
  write('.github/PULL_REQUEST.md', '# hidden');
  write('test-results/2026-11-24-peak/stress-test-report.md', '# Stress test report\n\n- [x] exported\n');
  write('drills/test-results/latency.md', '# A runbook in a folder of that name, not at the top\n');
  write('huge.md', `# Huge\n\n${'x'.repeat(MAX_RUNBOOK_BYTES)}`);

  it('reads every *.md below, not node_modules, dot-folders or exported reports, named by path', () => {
    const entries = loadRunbookFolder(dir, [environment('sandbox')]);
    expect(entries.map((entry) => entry.id)).toEqual([
      'checklists/before',
      'drills/app-crash',
      'drills/test-results/latency',
      'huge',
    ]);
    expect(entries[0]?.runbook?.steps.map((step) => step.title)).toEqual(['backup']);
    expect(entries[0]?.file).toBe(join(dir, 'checklists', 'before.md'));
  });

  it('checks against the environments it is given, and refuses an oversized file', () => {
    const [, crash, , huge] = loadRunbookFolder(dir, [environment('sandbox')]);
    expect(crash?.problems.map((problem) => problem.message)).toEqual([
      'environment "sandbx" is not in warroom.yaml; did you mean "sandbox"?',
    ]);
    expect(huge).toMatchObject({
      runbook: null,
      problems: [
        { line: 1, column: 1, message: expect.stringMatching(/bytes; a runbook may be at most 256 KiB/) },
      ],
    });
  });
});
