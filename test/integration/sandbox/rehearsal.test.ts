import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultRequestFor, parseFaultArgs } from '../../../electron/host/sandbox/control/faultRequest';
import { sendFault } from '../../../electron/host/sandbox/control/sandboxAdminClient';
import { type SandboxRun, startSandboxRun } from '../../../electron/host/sandbox/control/sandboxRun';
import { parseLoadProfile } from '../../../electron/host/sandbox/load/loadProfile';
import { SOURCE_SERVICE_ENTRY } from '../../support/sandboxServiceEntry';
import { type ScratchJournal, scratchJournal } from '../../support/scratchJournal';

/** One number from an instant PromQL query, or null when it has no result yet. */
async function queryValue(prometheus: string, query: string): Promise<number | null> {
  const response = await fetch(`${prometheus}/api/v1/query?query=${encodeURIComponent(query)}`);
  const body = (await response.json()) as { data: { result: Array<{ value: [number, string] }> } };
  const value = Number(body.data.result[0]?.value[1]);
  return Number.isFinite(value) ? value : null;
}

async function alertState(prometheus: string, name: string): Promise<string> {
  const response = await fetch(`${prometheus}/api/v1/alerts`);
  const body = (await response.json()) as {
    data: { alerts: Array<{ labels: { alertname: string }; state: string }> };
  };
  return body.data.alerts.find((alert) => alert.labels.alertname === name)?.state ?? 'inactive';
}

const P95 = 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[10s])))';
// No 5xx series exists until the first failure: `or vector(0)` makes that a ratio of 0.
const ERROR_RATIO =
  '(sum(rate(http_requests_total{code=~"5.."}[10s])) or vector(0)) / sum(rate(http_requests_total[10s]))';

describe('a rehearsal: the sandbox under load, watched by a real Prometheus', () => {
  let scratch: ScratchJournal;
  let run: SandboxRun;
  let prometheus: string;

  beforeAll(async () => {
    scratch = scratchJournal();
    run = await startSandboxRun({
      journal: scratch.journal,
      actor: 'ana',
      entry: SOURCE_SERVICE_ENTRY,
      servicePort: 0,
      restartDelayMs: 1_000,
      useRedis: false,
      prometheus: { port: 0, rehearsalFactor: 60 },
      load: {
        name: 'rehearsal',
        profile: parseLoadProfile({
          vus: 10,
          rampUpSeconds: 2,
          holdSeconds: 150,
          rampDownSeconds: 1,
          vuRequestsPerSecond: 10,
        }),
      },
      owner: 'cli',
      statePath: `${scratch.dir}/sandbox.json`,
    });
    prometheus = run.prometheusUrl ?? '';
  });
  afterAll(async () => {
    await run?.stop();
    await scratch?.dispose();
  });

  it('sees P95 cross 300 ms under added latency, HighErrorRate fire under errors, and both recover', async () => {
    expect(prometheus).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect
      .poll(() => queryValue(prometheus, 'up{job="sandbox"}'), { timeout: 20_000, interval: 500 })
      .toBe(1);
    await expect
      .poll(() => queryValue(prometheus, P95), { timeout: 20_000, interval: 500 })
      .toBeLessThan(0.3);
    expect(await queryValue(prometheus, ERROR_RATIO)).toBe(0);

    await sendFault(run.servicePort, faultRequestFor(parseFaultArgs(['latency', '500ms'])));
    await expect
      .poll(() => queryValue(prometheus, P95), { timeout: 30_000, interval: 500 })
      .toBeGreaterThan(0.3);

    await sendFault(run.servicePort, faultRequestFor(parseFaultArgs(['errors', '0.1'])));
    await expect
      .poll(() => queryValue(prometheus, ERROR_RATIO), { timeout: 30_000, interval: 500 })
      .toBeGreaterThan(0.05);
    await expect
      .poll(() => alertState(prometheus, 'HighErrorRate'), { timeout: 30_000, interval: 500 })
      .toBe('firing');

    await sendFault(run.servicePort, faultRequestFor(parseFaultArgs(['clear'])));
    await expect
      .poll(() => queryValue(prometheus, P95), { timeout: 30_000, interval: 500 })
      .toBeLessThan(0.3);
    await expect
      .poll(() => alertState(prometheus, 'HighErrorRate'), { timeout: 30_000, interval: 500 })
      .toBe('inactive');
  }, 150_000);
});
