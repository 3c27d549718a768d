import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { healthyDay, RecordedDay } from '../support/recordedDay';
import { runCli } from './support/serveProcess';

/** The report tests' dashboard (P95 latency under 300 ms, 5xx under 0.5 %) and one criterion of its own. */
const WARROOM_YAML = `environments:
  staging: {}
dashboard:
  title: Service
  rows:
    - title: Service
      panels:
        - id: latency
          title: Latency
          unit: ms
          queries:
            - expr: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[1m]))) * 1000
              legend: p95
              target: { comparator: '<', value: 300 }
        - id: errors
          title: Error rate
          unit: percent
          queries:
            - expr: sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m])) * 100
              legend: 5xx
              target: { comparator: '<', value: 0.5 }
signoff:
  - name: Error rate held
    panel: errors
`;

describe('warroom verdict', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'warroom-verdict-'));
  writeFileSync(join(workspace, 'warroom.yaml'), WARROOM_YAML);
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));
  let day: RecordedDay;
  afterEach(() => day.dispose());

  const verdict = () => runCli(['verdict', '--workspace', workspace, '--journal', day.scratch.path]);

  it('exits 0 for a day that met every criterion, and shows each with its evidence', async () => {
    day = await healthyDay();
    const { code, output } = await verdict();
    expect(output).toContain('Verdict: GO');
    expect(output).toMatch(/passed +No critical alert fired/);
    expect(output).toMatch(/passed +Error rate held/);
    expect(output).toMatch(/evidence: #\d+/);
    expect(code).toBe(0);
  });

  it('exits 1 for a day with a critical alert, naming the failed criterion', async () => {
    day = await healthyDay();
    await day.at(800_000).alertsNow([{ name: 'CheckoutDown', severity: 'critical' }]);
    const { code, output } = await verdict();
    expect(output).toContain('Verdict: NO-GO');
    expect(output).toMatch(/FAILED +No critical alert fired/);
    expect(output).toContain('No critical alert fired (failed)');
    expect(code).toBe(1);
  });

  it('exits 0 once a person overrides the failed criterion with a reason, shown as overridden', async () => {
    day = await healthyDay();
    await day.at(800_000).alertsNow([{ name: 'CheckoutDown', severity: 'critical' }]);
    const journal = ['--workspace', workspace, '--journal', day.scratch.path];
    const unknown = await runCli(['override', 'No alerts', '--reason', 'flaky', ...journal]);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain(
      'no sign-off criterion "No alerts"; the criteria are: No critical alert fired;',
    );
    const reason = 'CheckoutDown fired on the stand-by region, which is out of scope';
    const overridden = await runCli([
      'override',
      'No critical alert fired',
      '--reason',
      reason,
      '--as',
      'bob',
      ...journal,
    ]);
    expect(overridden.code).toBe(0);
    const { code, output } = await verdict();
    expect(output).toContain('Verdict: GO');
    expect(output).toContain('(1 overridden by a person)');
    expect(output).toMatch(/overridden \(FAILED\) +No critical alert fired/);
    expect(output).toContain(`overridden by bob: ${reason}`);
    expect(code).toBe(0);
  });

  it('exits 1 for a day without k6 data: that criterion says no data, never passed', async () => {
    day = await RecordedDay.start();
    const { code, output } = await verdict();
    expect(output).toMatch(/no data +Every k6 threshold passed/);
    expect(code).toBe(1);
  });
});
