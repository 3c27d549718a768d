import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/serveProcess';

const FIXTURES = join('test', 'fixtures', 'runbooks');

describe('warroom lint', () => {
  const lint = (...args: string[]) => runCli(['lint', ...args]);

  it('exits 0 on clean runbooks and prints the count', async () => {
    const { code, output } = await lint(join(FIXTURES, 'clean'));
    expect(output).toBe('3 runbooks, no problems\n');
    expect(code).toBe(0);
  });

  it('finds the shipped runbooks clean, checked against the shipped workspace', async () => {
    const { code, output } = await lint('runbooks');
    expect(output).toMatch(/^\d+ runbooks, no problems\n$/);
    expect(Number(output.split(' ')[0])).toBeGreaterThanOrEqual(15);
    expect(code).toBe(0);
  });

  it('exits 1 and prints file:line:column: message for each problem, then a summary', async () => {
    const { code, output } = await lint(
      join(FIXTURES, 'broken', 'probe-comparator-unquoted.md'),
      join(FIXTURES, 'clean'),
    );
    expect(output.split('\n')).toEqual([
      'test/fixtures/runbooks/broken/probe-comparator-unquoted.md:6:13: comparator: a bare > starts a YAML block; quote the comparator: comparator: ">"',
      '1 problem in 1 of 4 runbooks',
      '',
    ]);
    expect(code).toBe(1);
  });

  it('exits 2 on a path that cannot be read, with the usage', async () => {
    const { code, output } = await lint(join(FIXTURES, 'nowhere'));
    expect(output).toMatch(
      /^warroom lint: cannot read .*nowhere: no such file or folder\n\nwarroom lint \[--workspace DIR\] \[PATH\.\.\.\]/,
    );
    expect(code).toBe(2);
  });

  it('is listed in warroom --help', async () => {
    const { code, output } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(output).toContain('warroom lint [--workspace DIR] [PATH...]');
  });
});
