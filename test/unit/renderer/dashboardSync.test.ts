import { describe, expect, it } from 'vitest';
import { createDashboardServices } from '../../../renderer/dashboard/dashboardServices';
import { startDashboardSync } from '../../../renderer/dashboard/dashboardSync';
import { FrameScheduler } from '../../../renderer/dashboard/frameScheduler';
import type { NotificationPort } from '../../../renderer/dashboard/notificationPort';
import { journalAccess } from '../../../renderer/state/journal/journalAccess';
import { createJournalDayStore } from '../../../renderer/state/journal/journalDayStore';
import { createSettingsStore } from '../../../renderer/state/settingsStore';
import type { DashboardStatus, PanelData, PanelStatus } from '../../../shared/dashboardTypes';
import type { WorkspaceStatus } from '../../../shared/workspace/workspaceStatusSchema';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { createFakeHost, settle } from './fakeHost';

const NOW_MS = 1_000_000_000;
const NOW = NOW_MS / 1000;

function panel(id: string, target = false): Panel {
  return {
    id,
    title: id,
    type: 'timeseries',
    unit: 'count',
    decimals: null,
    refreshMs: 2000,
    queries: [
      { expr: `${id}_total`, legend: null, target: target ? { comparator: '<', value: 1, forMs: 0 } : null },
    ],
    row: 'All',
    k6: null,
  };
}

function workspace(panels: Panel[]): WorkspaceStatus {
  return {
    dir: '/ws',
    file: '/ws/warroom.yaml',
    name: 'ws',
    defaultEnvironment: 'rehearsal',
    environments: ['rehearsal'],
    dashboard: { title: 'Test', refreshMs: 2000, rows: [{ title: 'All', panels }], panels },
    signoff: [],
    problems: [],
    loadedAt: 0,
  };
}

function panelStatus(panelId: string, state: PanelStatus['state']): PanelStatus {
  return { panelId, state, targets: [], error: null, warnings: [], updatedAt: NOW_MS };
}

function status(...panels: PanelStatus[]): DashboardStatus {
  return {
    environment: 'rehearsal',
    datasource: { url: 'http://prometheus', state: 'up', since: 0, problem: null },
    panels,
    health: [],
    alerts: { alerts: [], criticalFiring: 0, checkedAt: null, problem: null },
  };
}

function points(panelId: string, times: number[]): PanelData {
  return {
    panelId,
    windowStart: NOW - 3600,
    series: [{ queryIndex: 0, key: '{}', name: panelId, times, values: times.map(() => 1) }],
  };
}

const quietPort: NotificationPort = {
  permission: () => 'denied',
  request: async () => 'denied',
  show: () => {},
};

function synced(panels = [panel('rate'), panel('latency', true)]) {
  const fake = createFakeHost();
  let live: PanelData[] = [points('rate', [NOW - 4, NOW - 2])];
  fake.handle('workspace.status', () => workspace(panels));
  fake.handle('dashboard.status', () => status(panelStatus('rate', null), panelStatus('latency', 'ok')));
  fake.handle('dashboard.live', () => live);
  fake.handle('dashboard.range', ({ panelId, from }) => points(panelId, [from + 10, from + 20]));
  fake.handle('journal.status', () => ({
    path: 'j',
    schemaVersion: 1,
    currentDay: null,
    actor: 'ana',
    problem: null,
  }));
  fake.handle('journal.days', () => []);
  const dashboard = {
    ...createDashboardServices({ api: fake.host.api }, quietPort),
    scheduler: new FrameScheduler(),
  };
  const day = createJournalDayStore(journalAccess(fake.host.api, fake.host.connection));
  const settings = createSettingsStore(null);
  const clock = { now: () => NOW_MS, setTimeout: () => 0, clearTimeout: () => {} };
  const stop = startDashboardSync({ host: fake.host, dashboard, day, settings, clock });
  return { fake, dashboard, settings, stop, setLive: (next: PanelData[]) => (live = next) };
}

async function settleLong() {
  for (let i = 0; i < 6; i++) await settle();
}

describe('dashboard sync', () => {
  it('loads the workspace, the status and the live window when a session starts', async () => {
    const { fake, dashboard } = synced();
    fake.startSession();
    await settleLong();
    expect(dashboard.workspace.getState().workspace?.dashboard?.title).toBe('Test');
    expect(dashboard.status.getState().status?.panels).toHaveLength(2);
    expect([...(dashboard.series.columns('rate')?.times ?? [])]).toEqual([NOW - 4, NOW - 2]);
  });

  it('appends each dashboard.data delta, and refetches the live window on reconnect', async () => {
    const { fake, dashboard, setLive } = synced();
    fake.startSession();
    await settleLong();
    fake.emit('dashboard.data', points('rate', [NOW]));
    expect([...(dashboard.series.columns('rate')?.times ?? [])]).toEqual([NOW - 4, NOW - 2, NOW]);
    setLive([points('rate', [NOW - 6, NOW - 4, NOW - 2, NOW])]);
    fake.startSession();
    await settleLong();
    expect(fake.callsOf('dashboard.live')).toHaveLength(2);
    expect([...(dashboard.series.columns('rate')?.times ?? [])]).toEqual([NOW - 6, NOW - 4, NOW - 2, NOW]);
  });

  it('fetches a longer range per chart panel, then the live points after it', async () => {
    const { fake, dashboard } = synced();
    fake.startSession();
    await settleLong();
    dashboard.range.getState().setRange('6h');
    await settleLong();
    const asked = fake.callsOf('dashboard.range');
    expect(asked.map((call) => call.panelId)).toEqual(['rate', 'latency']);
    expect(asked[0]).toMatchObject({ from: NOW - 6 * 3600, to: NOW });
    expect([...(dashboard.series.columns('rate')?.times ?? [])]).toEqual([
      NOW - 6 * 3600 + 10,
      NOW - 6 * 3600 + 20,
      NOW - 4,
      NOW - 2,
    ]);
    expect(dashboard.range.getState().loading).toBe(false);
  });

  it('raises a notice when a panel goes to breached, unless it is muted', async () => {
    const { fake, dashboard, settings } = synced();
    fake.startSession();
    await settleLong();
    fake.emit('dashboard.status', status(panelStatus('rate', null), panelStatus('latency', 'breached')));
    expect(dashboard.toasts.getState().toasts.map((toast) => toast.title)).toEqual([
      'latency breached its target',
    ]);
    fake.emit('dashboard.status', status(panelStatus('rate', null), panelStatus('latency', 'ok')));
    settings.getState().togglePanelMuted('latency');
    fake.emit('dashboard.status', status(panelStatus('rate', null), panelStatus('latency', 'breached')));
    expect(dashboard.toasts.getState().toasts).toHaveLength(1);
  });

  it('refetches when an edit changes the panels, not when it changes only a title', async () => {
    const { fake } = synced();
    fake.startSession();
    await settleLong();
    const renamed = workspace([{ ...panel('rate'), title: 'Rate' }, panel('latency', true)]);
    fake.emit('workspace.changed', renamed);
    await settleLong();
    expect(fake.callsOf('dashboard.live')).toHaveLength(1);
    fake.emit('workspace.changed', workspace([panel('rate'), panel('errors')]));
    await settleLong();
    expect(fake.callsOf('dashboard.live')).toHaveLength(2);
  });

  it('stops listening when stopped', async () => {
    const { fake, stop } = synced();
    const before = fake.listenerCount();
    stop();
    expect(fake.listenerCount()).toBeLessThan(before);
    expect(fake.listenerCount()).toBe(0);
  });
});

describe('frame scheduler', () => {
  it('draws a chart at most once a frame however often it asks, and skips charts off screen', () => {
    const frames: (() => void)[] = [];
    const scheduler = new FrameScheduler({ request: (run) => frames.push(run) });
    let drawn = 0;
    let visible = true;
    const chart = { isVisible: () => visible, draw: () => drawn++ };
    scheduler.request(chart);
    scheduler.request(chart);
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    expect(drawn).toBe(1);
    visible = false;
    scheduler.request(chart);
    frames.shift()?.();
    expect(drawn).toBe(1);
    visible = true;
    scheduler.request(chart);
    frames.shift()?.();
    expect(drawn).toBe(2);
  });

  it('draws every chart that asked in the same frame', () => {
    const frames: (() => void)[] = [];
    const scheduler = new FrameScheduler({ request: (run) => frames.push(run) });
    const drawn: string[] = [];
    const chart = (name: string) => ({ isVisible: () => true, draw: () => drawn.push(name) });
    for (const name of ['a', 'b', 'c']) scheduler.request(chart(name));
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    expect(drawn).toEqual(['a', 'b', 'c']);
    expect(frames).toHaveLength(0);
  });
});
