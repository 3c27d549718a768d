import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeLoopbackPort } from '../../electron/host/sandbox/supervisor/freePort';
import { launchChromiumContext } from '../../scripts/chromium';
import type { EventKind } from '../../shared/journalTypes';
import { ConsolePage } from '../e2e/support/consolePage';
import { type ServeProcess, startServeProcess } from '../e2e/support/serveProcess';
import { WsTestClient } from '../support/wsTestClient';
import { emptyApiTally, runApiCycles, SandboxWatch } from './support/apiCycles';
import { HostInspector } from './support/hostInspector';
import { emptyPageTally, runPageCycles, showView } from './support/pageCycles';
import { rssTrend } from './support/rssTrend';
import { figuresTable, measureSoak, type SoakFigures } from './support/soakFigures';
import { MIN_COMPRESSION, soakPlan } from './support/soakPlan';
import {
  panelCopiesFor,
  SOAK_ENVIRONMENT,
  SOAK_REFRESH_MS,
  soakQueryCount,
  soakWorkspaceYaml,
  writeQuickFix,
} from './support/soakWorkspace';

const plan = soakPlan();
const copies = panelCopiesFor(plan.compression);

/** The bound on growth from after the warm-up to the end: RSS and the renderer's heap. */
const MAX_GROWTH = 0.1;

/**
 * Sockets may differ by this many: the host's keep-alive connections to Prometheus, the health
 * endpoints and the sandbox's admin port open and close with the polls in flight when sampled.
 */
const SOCKET_TOLERANCE = 2;

/** Timeouts may differ by this many: each poll in flight holds its request timeout while it waits. */
const TIMER_TOLERANCE = 2;

/**
 * The charts' range on the page: the renderer keeps only the range shown, so with 5 minutes its
 * window is full by the end of a full-length warm-up, as a real day's is after its first hours.
 */
const PAGE_RANGE = 'range-5m';

/** Quiet before the figures are taken: faults cleared, load stopped, its sockets closed. */
const QUIET_MS = 5_000;

/** A sandbox brings up a service, redis-server and Prometheus; allow for a slow machine. */
const SANDBOX_START_MS = 60_000;

/** Beyond the soak itself: the sandbox's start, two quiet moments with their samples, the checks. */
const OVERHEAD_MS = 5 * 60_000;

/** Journal kinds that show the day happened: breaches and recoveries, alerts, faults, commands. */
const DAY_KINDS: EventKind[] = [
  'threshold.breached',
  'threshold.recovered',
  'alert.firing',
  'alert.resolved',
  'fault.set',
  'service.down',
  'service.up',
  'command.finished',
  'note',
  'issue.opened',
  'snapshot.taken',
  'runbook.finished',
  'load.started',
];

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

describe(`a ${plan.totalMs / 60_000}-minute soak: a test day at ${plan.compression}× through serve mode`, () => {
  let serve: ServeProcess;
  let client: WsTestClient;
  let browser: BrowserContext;
  let app: ConsolePage;
  let inspector: HostInspector;

  beforeAll(async () => {
    const servicePort = await freeLoopbackPort();
    const prometheusPort = await freeLoopbackPort();
    serve = await startServeProcess([], {
      warroomYaml: soakWorkspaceYaml(servicePort, prometheusPort, copies),
      env: (workspace) => {
        writeQuickFix(workspace);
        return {
          WARROOM_SANDBOX_STATE: join(workspace, 'sandbox.json'),
          // Opens no inspector by itself: SIGUSR1 opens it on a free port, for the full GCs before RSS.
          NODE_OPTIONS: [process.env.NODE_OPTIONS, '--inspect-port=0'].filter(Boolean).join(' '),
        };
      },
    });
    const token = new URL(serve.operatorUrl).hash.replace('#token=', '');
    client = await WsTestClient.session(
      `ws://${new URL(serve.origin).host}/api?token=${token}`,
      'soak-driver-0001',
    );
    // Opened before the warm-up, so its socket is there at the baseline and at the end alike.
    inspector = await HostInspector.open(servePid(), serve.output);
    browser = await launchChromiumContext();
    app = await ConsolePage.open(browser, serve.operatorUrl);
  });
  afterAll(async () => {
    inspector?.close();
    await browser?.close();
    await client?.call('sandbox.stop', {}).catch(() => undefined);
    await client?.close();
    await serve?.stop();
  });

  /** The serve process's pid; never 0, which would signal this whole process group. */
  function servePid(): number {
    const pid = serve.child.pid;
    if (!pid) throw new Error(`serve has no pid:\n${serve.output()}`);
    return pid;
  }

  /**
   * Faults cleared, load stopped, the service UP, no run going on, the page on its Dashboard; then
   * a few quiet seconds.
   */
  async function quiesce(): Promise<void> {
    await client.call('sandbox.fault', { fault: { kind: 'clear' } });
    if ((await client.call('sandbox.status', {})).load.running) await client.call('sandbox.stopLoad', {});
    await until(
      async () => (await client.call('sandbox.status', {})).health?.status === 'UP',
      SANDBOX_START_MS,
      'the service was not UP again',
    );
    await showView(app, 'dashboard');
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    expect((await client.call('sandbox.status', {})).load.running).toBe(false);
    expect((await client.call('runs.list', {})).filter((run) => run.finishedAt === null)).toEqual([]);
  }

  async function dayCounts(dayId: number): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const kind of DAY_KINDS) {
      const page = await client.call('journal.timeline', {
        dayId,
        filter: { kinds: [kind] },
        offset: 0,
        limit: 1,
      });
      counts[kind] = page.total;
    }
    return counts;
  }

  it(
    'holds memory within 10 % after the warm-up and leaks no pty, socket, timer or file descriptor',
    async () => {
      const testStart = Date.now();
      const pid = servePid();
      const sandbox = new SandboxWatch(client);
      const day = await client.call('journal.startDay', {
        name: 'Soak day',
        environment: SOAK_ENVIRONMENT,
        operators: ['soak'],
      });
      await client.call('sandbox.start', { load: 'ramp' });
      await until(
        async () => {
          const status = await client.call('sandbox.status', {});
          return status.state === 'running' && status.health?.status === 'UP';
        },
        SANDBOX_START_MS,
        'the sandbox did not start',
      );
      await expect.poll(() => app.status()).toBe('connected');
      await showView(app, 'dashboard');
      await app.page.getByTestId(PAGE_RANGE).click();

      const apiTally = emptyApiTally();
      const pageTally = emptyPageTally();
      const soakStart = Date.now();
      const trend: number[] = [];
      const cycle = async (end: number) => {
        const [, , readings] = await Promise.all([
          runApiCycles(client, sandbox, plan.compression, end, apiTally),
          runPageCycles(app, plan.compression, end, pageTally),
          rssTrend(pid, end),
        ]);
        trend.push(...readings);
      };

      await cycle(soakStart + plan.warmUpMs);
      await quiesce();
      const baseline: SoakFigures = await measureSoak(pid, serve.origin, app.page, () =>
        inspector.collectGarbage(),
      );
      await cycle(soakStart + plan.totalMs);
      await quiesce();
      const end: SoakFigures = await measureSoak(pid, serve.origin, app.page, () =>
        inspector.collectGarbage(),
      );
      const counts = await dayCounts(day.id);

      console.log(
        [
          `Soak: ${((Date.now() - soakStart) / 60_000).toFixed(1)} min of cycles (whole test ${((Date.now() - testStart) / 60_000).toFixed(1)} min), ` +
            `${plan.compression}× a 12-hour day (${plan.dayMinutesCovered} day-minutes covered); warm-up ${(plan.warmUpMs / 60_000).toFixed(1)} min`,
          `Dashboard: ${soakQueryCount(copies)} queries every ${SOAK_REFRESH_MS} ms (${copies} copies of 5 at the 1 s floor: ` +
            `${copies * 5}× a 5 s refresh of 5), Prometheus scraping every 1 s`,
          `Serve RSS each minute under the cycles (MiB): ${trend.join(' ')}`,
          `Cycles: ${JSON.stringify({ ...apiTally, ...pageTally })}`,
          `Journal: ${JSON.stringify(counts)}`,
          figuresTable(baseline, end),
        ].join('\n'),
      );

      expect(plan.compression).toBeGreaterThanOrEqual(MIN_COMPRESSION);
      expect(apiTally.failures).toEqual([]);
      expect(apiTally.runsPassed).toBe(apiTally.runs);
      // The day happened: targets breached and recovered, alerts fired and resolved, commands ran.
      for (const kind of DAY_KINDS) expect(counts[kind], kind).toBeGreaterThan(0);

      expect(end.rssBytes, 'serve RSS after a full GC, end vs after warm-up').toBeLessThan(
        baseline.rssBytes * (1 + MAX_GROWTH),
      );
      expect(end.rendererHeapBytes, 'renderer JS heap after GC, end vs after warm-up').toBeLessThan(
        baseline.rendererHeapBytes * (1 + MAX_GROWTH),
      );
      // No leak: the same terminals (none), clients (this one and the page) and runs (none) as at baseline.
      expect(end.terminalsOpen).toBe(baseline.terminalsOpen);
      expect(end.fds.pty).toBe(baseline.fds.pty);
      expect(end.children).toEqual(baseline.children);
      expect(end.fds.pipe).toBe(baseline.fds.pipe);
      expect(end.fds.anonInode).toBe(baseline.fds.anonInode);
      expect(end.fds.file).toBe(baseline.fds.file);
      expect(Math.abs(end.fds.socket - baseline.fds.socket)).toBeLessThanOrEqual(SOCKET_TOLERANCE);
      expect(Math.abs((end.resources.Timeout ?? 0) - (baseline.resources.Timeout ?? 0))).toBeLessThanOrEqual(
        TIMER_TOLERANCE,
      );
    },
    plan.totalMs + OVERHEAD_MS,
  );
});
