import type {
  DashboardStatus,
  DatasourceStatus,
  PanelData,
  PanelStatus,
} from '../../../../shared/dashboardTypes';
import type { SnapshotContent } from '../../../../shared/journalTypes';
import type { VerifyReport } from '../../../../shared/verifyTypes';
import type { Environment, Panel, Workspace } from '../../../../shared/workspace/workspaceTypes';
import type { Journal } from '../../journal/journal';
import { SYSTEM_ACTOR } from '../../journal/journalConstants';
import { appendToDay } from '../../journal/journalWrites';
import type { PanelSnapshotSource } from '../../journal/panelSnapshotSource';
import { onWorkspacePartChange } from '../../workspace/onWorkspacePartChange';
import type { WorkspaceService } from '../../workspace/workspaceService';
import { AlertsPoller } from '../alerts/alertsPoller';
import { HealthPoller } from '../health/healthPoller';
import { PrometheusClient } from '../prometheus/prometheusClient';
import { SeriesWindow } from '../prometheus/seriesWindow';
import { verifyEnvironment } from '../verify/verifyEnvironment';
import { LIVE_WINDOW_SECONDS, RANGE_MAX_POINTS } from './dashboardConstants';
import { DashboardPoller } from './dashboardPoller';
import {
  datasourceCredentials,
  type SecretLookup,
  secretFromProcessEnvironment,
} from './datasourceCredentials';
import { rangeSeriesOf } from './liveQuery';
import { panelSnapshot } from './panelSnapshot';
import { polledPanels, shownPanels } from './polledPanels';
import { prometheusFailure } from './prometheusFailure';
import { newPoints } from './queryFeed';
import { seriesName } from './seriesNames';

/** The source label of Prometheus requests in Warroom's own poll metrics. */
const POLL_SOURCE = 'prometheus';

export interface DashboardServiceOptions {
  workspace: WorkspaceService;
  journal: Journal;
  /** Told every poll's round trip, for Warroom's own metrics. */
  timedPoll(source: string, seconds: number, ok: boolean): void;
  onStatus(status: DashboardStatus): void;
  onData(data: PanelData): void;
  secret?: SecretLookup;
  /** The panels fed from elsewhere than Prometheus (k6's JSON output). */
  fedPanels?: FedPanels;
}

/** Panels whose series and status another service keeps: the dashboard shows them with its own. */
export interface FedPanels {
  panelStatuses(): PanelStatus[];
  live(): PanelData[];
  /** Null when the panel is not one of these. */
  range(panelId: string, from: number, to: number): PanelData | null;
}

/** The pollers of one environment's dashboard; replaced whole when the workspace changes them. */
interface RunningDashboard {
  environment: Environment | null;
  /** The panels Prometheus answers for (see polledPanels). */
  panels: readonly Panel[];
  /** Every panel the dashboard shows, k6 panels fed from the JSON output included: what a snapshot freezes. */
  shownPanels: readonly Panel[];
  client: PrometheusClient | null;
  /** Why there is no data source to poll, when there is none. */
  datasource: DatasourceStatus;
  poller: DashboardPoller | null;
  health: HealthPoller;
  alerts: AlertsPoller | null;
}

const NO_ALERTS: DashboardStatus['alerts'] = {
  alerts: [],
  criticalFiring: 0,
  checkedAt: null,
  problem: null,
};

/**
 * The dashboard as the host runs it: for the workspace's default environment, its panels polled
 * from Prometheus (targets judged, breaches and outages journaled), its alerts and its health
 * endpoints. Follows the workspace: an edit that changes the dashboard or the environment
 * restarts the pollers; a broken edit changes nothing (the last good workspace stays).
 */
export class DashboardService implements PanelSnapshotSource {
  private running: RunningDashboard;
  private readonly stopFollowing: () => void;

  constructor(private readonly options: DashboardServiceOptions) {
    this.running = this.start(options.workspace.state.workspace);
    this.stopFollowing = onWorkspacePartChange(options.workspace, signatureOf, (next) => {
      this.stop(this.running);
      this.running = this.start(next);
      this.publish();
    });
  }

  status(): DashboardStatus {
    const { environment, poller, health, alerts, datasource } = this.running;
    const polled = poller?.status();
    return {
      environment: environment?.name ?? null,
      datasource: polled?.datasource ?? datasource,
      panels: [...(polled?.panels ?? []), ...(this.options.fedPanels?.panelStatuses() ?? [])],
      health: health.current(),
      alerts: alerts?.current() ?? NO_ALERTS,
    };
  }

  /** The panels frozen for a snapshot (Take snapshot, and every Log issue). */
  capture(): SnapshotContent {
    return panelSnapshot(this.running.shownPanels, this.status(), this.live(), Date.now());
  }

  live(): PanelData[] {
    return [...(this.running.poller?.live() ?? []), ...(this.options.fedPanels?.live() ?? [])];
  }

  /** One panel's series from `from` to `to` (seconds), at a step that keeps each under RANGE_MAX_POINTS. */
  async range(panelId: string, from: number, to: number): Promise<PanelData> {
    const fed = this.options.fedPanels?.range(panelId, from, to);
    if (fed) return fed;
    const { client, panels } = this.running;
    const panel = panels.find((candidate) => candidate.id === panelId);
    if (!panel) throw new Error(`the dashboard has no panel "${panelId}"`);
    if (!client) throw new Error(this.running.datasource.problem ?? 'this environment has no Prometheus');
    const step = Math.max(Math.round(panel.refreshMs / 1000), Math.ceil((to - from) / RANGE_MAX_POINTS), 1);
    const answers = await Promise.all(
      panel.queries.map(({ expr }) => client.queryRange(expr, from, to, step)),
    );
    return {
      panelId,
      windowStart: from,
      series: answers.flatMap((answer, queryIndex) => {
        const query = panel.queries[queryIndex];
        const name = (labels: Readonly<Record<string, string>>) =>
          seriesName(labels, query?.legend ?? null, query?.expr ?? '');
        const series = answer.data.result.map(({ labels, points }) => rangeSeriesOf(labels, points));
        return newPoints(series, queryIndex, name, new Map());
      }),
    };
  }

  /** `warroom verify`'s checks of an environment (default: the default one) on the last good workspace. */
  verify(environment?: string): Promise<VerifyReport> {
    const { workspace, secret = secretFromProcessEnvironment } = this.options;
    return verifyEnvironment({ file: workspace.file, ...workspace.state }, environment, { secret });
  }

  dispose(): void {
    this.stopFollowing();
    this.stop(this.running);
  }

  private start(workspace: Workspace | null): RunningDashboard {
    const environment = workspace?.environments[workspace.defaultEnvironment] ?? null;
    const shown = shownPanels(workspace?.dashboard?.panels ?? [], environment);
    const panels = polledPanels(shown);
    const refreshOf = (type: Panel['type']) =>
      Math.min(...panels.filter((panel) => panel.type === type).map((panel) => panel.refreshMs));
    const health = new HealthPoller({
      endpoints: panels.some((panel) => panel.type === 'health') ? (environment?.health ?? []) : [],
      intervalMs: refreshOf('health'),
      timedPoll: this.options.timedPoll,
      onChange: () => this.publish(),
    });
    const running: RunningDashboard = {
      environment,
      panels,
      shownPanels: shown,
      client: null,
      datasource: {
        url: environment?.prometheus?.url ?? null,
        state: 'none',
        since: Date.now(),
        problem: null,
      },
      poller: null,
      health,
      alerts: null,
    };
    health.start();
    if (!environment?.prometheus) return running;
    const credentials = datasourceCredentials(
      environment,
      this.options.secret ?? secretFromProcessEnvironment,
    );
    if (!credentials.ok) {
      running.datasource = { ...running.datasource, state: 'down', problem: credentials.problem };
      return running;
    }
    const client = new PrometheusClient({
      baseUrl: environment.prometheus.url,
      timeoutMs: environment.prometheus.timeoutMs,
      auth: credentials.auth,
      onRequest: (_endpoint, seconds, ok) => this.options.timedPoll(POLL_SOURCE, seconds, ok),
    });
    running.client = client;
    running.poller = new DashboardPoller({
      datasourceUrl: client.baseUrl,
      panels,
      rehearsalFactor: environment.sandbox?.rehearsalFactor ?? 1,
      openQuery: (expr, stepSeconds) =>
        new SeriesWindow({ client, expr, windowSeconds: LIVE_WINDOW_SECONDS, stepSeconds }),
      ready: async () => {
        const readiness = await client.ready();
        if (!readiness.ready) throw new Error(readiness.reason);
      },
      classify: prometheusFailure,
      record: (event) => {
        if (event.kind === 'datasource.down') {
          this.record(event.kind, `Prometheus at ${event.url} unreachable: ${event.problem}`, { ...event });
        } else if (event.kind === 'datasource.up') {
          this.record(
            event.kind,
            `Prometheus at ${event.url} answering again after ${Math.round(event.lastedMs / 1000)} s`,
            { ...event },
          );
        } else {
          this.record(event.kind, event.subject, event.payload);
        }
      },
      onStatus: () => this.publish(),
      onData: (data) => this.options.onData(data),
    });
    running.poller.start();
    if (panels.some((panel) => panel.type === 'alerts')) {
      running.alerts = new AlertsPoller({
        intervalMs: refreshOf('alerts'),
        fetchAlerts: async () => (await client.alerts()).data.alerts,
        record: (event) => this.record(event.kind, event.subject, event.payload),
        onChange: () => this.publish(),
      });
      running.alerts.start();
    }
    return running;
  }

  private stop(running: RunningDashboard): void {
    running.poller?.stop();
    running.health.stop();
    running.alerts?.stop();
  }

  /** Sends the whole status again: a fed panel changed. */
  publish(): void {
    this.options.onStatus(this.status());
  }

  /**
   * Journals what the dashboard observed, while a test day is open: a console left watching
   * overnight must not start days of its own (what people record starts one; see dayForAppend).
   */
  private record(
    kind: Parameters<typeof appendToDay>[0]['kind'],
    subject: string,
    payload: Record<string, unknown>,
  ): void {
    const { journal } = this.options;
    if (journal.currentDay() === null) return;
    journal
      .write(appendToDay({ kind, actor: SYSTEM_ACTOR, subject, payload }))
      .catch((error: unknown) => console.error(`warroom: could not journal ${kind}: ${String(error)}`));
  }
}

/** What the pollers depend on: the default environment and the dashboard. */
function signatureOf(workspace: Workspace | null): string {
  if (!workspace) return 'none';
  return JSON.stringify([workspace.environments[workspace.defaultEnvironment], workspace.dashboard]);
}
