import { describe, expect, it } from 'vitest';
import { createBreachNotifier } from '../../../renderer/dashboard/breachNotifier';
import { newlyBreached } from '../../../renderer/dashboard/breachRule';
import type {
  NotificationPermissionState,
  NotificationPort,
} from '../../../renderer/dashboard/notificationPort';
import { createToastStore } from '../../../renderer/state/dashboard/toastStore';
import { createSettingsStore, MUTED_PANELS_KEY } from '../../../renderer/state/settingsStore';
import type { DashboardStatus, PanelStatus } from '../../../shared/dashboardTypes';
import type { Panel } from '../../../shared/workspace/workspaceTypes';

function panelStatus(panelId: string, state: PanelStatus['state']): PanelStatus {
  return {
    panelId,
    state,
    targets:
      state === null
        ? []
        : [
            {
              queryIndex: 0,
              comparator: '<',
              value: 0.3,
              forMs: 4000,
              state,
              since: state === 'ok' ? null : 1000,
            },
          ],
    error: null,
    warnings: [],
    updatedAt: 1000,
  };
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

const latency: Panel = {
  id: 'latency',
  title: 'Latency',
  type: 'timeseries',
  unit: 's',
  decimals: null,
  refreshMs: 2000,
  queries: [{ expr: 'p95', legend: 'P95', target: { comparator: '<', value: 0.3, forMs: 4000 } }],
  row: 'Traffic',
  k6: null,
};

function fakePort(permission: NotificationPermissionState) {
  const shown: { title: string; body: string; tag: string }[] = [];
  const port: NotificationPort = {
    permission: () => permission,
    request: async () => permission,
    show: (title, body, tag) => shown.push({ title, body, tag }),
  };
  return { port, shown };
}

describe('breach notification rule', () => {
  it('notifies a panel that goes to breached, once', () => {
    const pending = status(panelStatus('latency', 'pending'), panelStatus('rate', 'ok'));
    const breached = status(panelStatus('latency', 'breached'), panelStatus('rate', 'ok'));
    expect(newlyBreached(pending, breached, []).map((one) => one.panelId)).toEqual(['latency']);
    expect(newlyBreached(breached, breached, [])).toEqual([]);
  });

  it('stays quiet on the first status of a session, for a panel it never saw, and for a muted panel', () => {
    const breached = status(panelStatus('latency', 'breached'));
    expect(newlyBreached(null, breached, [])).toEqual([]);
    expect(newlyBreached(status(), breached, [])).toEqual([]);
    expect(newlyBreached(status(panelStatus('latency', 'ok')), breached, ['latency'])).toEqual([]);
  });
});

describe('breach notifier', () => {
  it('uses the system’s notifications when granted', () => {
    const { port, shown } = fakePort('granted');
    const toasts = createToastStore();
    createBreachNotifier(port, toasts).breached(latency, panelStatus('latency', 'breached'));
    expect(shown).toEqual([
      {
        title: 'Latency breached its target',
        body: expect.stringMatching(/^P95: wanted < 300 ms for 4 s, since /),
        tag: 'warroom-breach-latency',
      },
    ]);
    expect(toasts.getState().toasts).toEqual([]);
  });

  it.each(['denied', 'default', 'unavailable'] as const)(
    'falls back to a toast when permission is %s',
    (permission) => {
      const { port, shown } = fakePort(permission);
      const toasts = createToastStore();
      createBreachNotifier(port, toasts).breached(latency, panelStatus('latency', 'breached'));
      expect(shown).toEqual([]);
      expect(toasts.getState().toasts.map((toast) => toast.title)).toEqual(['Latency breached its target']);
    },
  );
});

describe('muted panels setting', () => {
  it('remembers the panels muted across restarts', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
    };
    createSettingsStore(storage).getState().togglePanelMuted('latency');
    expect(JSON.parse(data.get(MUTED_PANELS_KEY) ?? '[]')).toEqual(['latency']);
    const again = createSettingsStore(storage);
    expect(again.getState().mutedPanels).toEqual(['latency']);
    again.getState().togglePanelMuted('latency');
    expect(again.getState().mutedPanels).toEqual([]);
  });

  it('ignores a stored value that is not a list of ids', () => {
    const storage = { getItem: () => '{"not":"a list"}', setItem: () => {} };
    expect(createSettingsStore(storage).getState().mutedPanels).toEqual([]);
  });
});
