import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadWorkspace } from '../../electron/host/workspace/workspaceLoader';

const MODERN = resolve('test/fixtures/grafana/checkout-api.json');
const LEGACY = resolve('test/fixtures/grafana/checkout-api-legacy.json');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, keeping stdout (the YAML) apart from stderr (the report). */
function warroom(...args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['bin/warroom.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('warroom import grafana', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-import-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const scratch = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('prints the dashboard section on stdout and the report on stderr; the section loads as a workspace', async () => {
    const run = await warroom('import', 'grafana', MODERN);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Converted from checkout-api\.json by warroom import grafana\.\n/);
    expect(parse(run.stdout).dashboard).toMatchObject({ title: 'Checkout API', refresh: '10s' });
    expect(run.stdout).toContain("target: { comparator: '<', value: 0.3 }");
    expect(run.stderr).toContain('Converted 7 panels of "Checkout API".');
    expect(run.stderr).toContain('Skipped (4):');
    expect(run.stderr).toContain('  "Error log lines per second": its data source is loki, not Prometheus');
    expect(run.stderr).toContain('  "Request rate": query B: hidden in Grafana');
    expect(run.stderr).toContain('  "P95 latency": query A: $__rate_interval became 1m');

    const workspace = mkdtempSync(join(dir, 'workspace-'));
    writeFileSync(join(workspace, 'warroom.yaml'), `environments:\n  staging: {}\n${run.stdout}`);
    const loaded = loadWorkspace(workspace);
    expect(loaded.ok ? loaded.workspace.dashboard?.panels.length : loaded.problems).toBe(7);
  });

  it('converts a legacy dashboard of rows', async () => {
    const run = await warroom('import', 'grafana', LEGACY);
    expect(run.code).toBe(0);
    expect(parse(run.stdout).dashboard.rows.map((row: { title: string }) => row.title)).toEqual([
      'Traffic',
      'Checkout API (legacy)',
    ]);
    expect(run.stderr).toContain('  "Uptime": a singlestat panel;');
  });

  it('writes --out, refuses to overwrite it without --force, and overwrites it with', async () => {
    const out = join(dir, 'dashboard.yaml');
    const first = await warroom('import', 'grafana', MODERN, '--out', out);
    expect(first).toMatchObject({ code: 0, stdout: '' });
    expect(first.stderr).toContain(`Wrote ${out}`);
    expect(parse(readFileSync(out, 'utf8')).dashboard.title).toBe('Checkout API');

    const refused = await warroom('import', 'grafana', LEGACY, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${out} exists; add --force to overwrite it`);
    expect(parse(readFileSync(out, 'utf8')).dashboard.title).toBe('Checkout API');

    expect((await warroom('import', 'grafana', LEGACY, '--out', out, '--force')).code).toBe(0);
    expect(parse(readFileSync(out, 'utf8')).dashboard.title).toBe('Checkout API (legacy)');
  });

  it('exits 1 when no panel can be converted, writing nothing', async () => {
    const logsOnly = scratch(
      'logs-only.json',
      JSON.stringify({
        panels: [
          { type: 'text', title: 'Read me', gridPos: { x: 0, y: 0, w: 24, h: 3 } },
          {
            type: 'logs',
            title: 'Errors',
            datasource: { type: 'loki', uid: 'logs' },
            targets: [{ expr: '{app="x"}', refId: 'A' }],
          },
        ],
        schemaVersion: 39,
        title: 'Logs only',
      }),
    );
    const run = await warroom('import', 'grafana', logsOnly);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('Converted 0 panels of "Logs only".');
    expect(run.stderr).toContain('  "Read me": a text panel;');
    expect(run.stderr).toContain('Nothing to write');
  });

  it('exits 2 on a file that is not JSON, naming where, or not a dashboard, saying why', async () => {
    const broken = scratch('broken.json', '{\n  "title": "x",\n  "panels": [tru]\n}\n');
    const notJson = await warroom('import', 'grafana', broken);
    expect(notJson).toMatchObject({ code: 2, stdout: '' });
    expect(notJson.stderr).toContain(`${broken}:3:17: not JSON: Unexpected token ']'`);

    const settings = scratch('settings.json', '{ "theme": "dark" }');
    const notDashboard = await warroom('import', 'grafana', settings);
    expect(notDashboard.code).toBe(2);
    expect(notDashboard.stderr).toContain(`${settings}: not a Grafana dashboard: no panels`);

    const missing = await warroom('import', 'grafana', join(dir, 'nowhere.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.json: no such file');
  });

  it('exits 2 with the usage on bad usage', async () => {
    for (const args of [
      [],
      ['kibana', MODERN],
      ['grafana'],
      ['grafana', MODERN, LEGACY],
      ['grafana', MODERN, '--outt', 'x'],
    ]) {
      const run = await warroom('import', ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('warroom import grafana FILE [--out FILE] [--force]');
    }
    expect((await warroom('--help')).stdout).toContain('warroom import grafana FILE [--out FILE] [--force]');
  });
});
