import type { PanelData, PanelStatus } from '../../../shared/dashboardTypes';
import { k6PanelMetricNames } from '../../../shared/k6/k6PanelMetrics';
import { parseSubmetricKey } from '../../../shared/k6/submetricKey';
import type { K6Run, K6Status, K6ThresholdStatus } from '../../../shared/k6StatusTypes';
import type { Environment, Panel, Workspace } from '../../../shared/workspace/workspaceTypes';
import type { Journal } from '../journal/journal';
import { SYSTEM_ACTOR } from '../journal/journalConstants';
import { appendToDay } from '../journal/journalWrites';
import { LIVE_WINDOW_SECONDS } from '../metrics/dashboard/dashboardConstants';
import { onWorkspacePartChange } from '../workspace/onWorkspacePartChange';
import type { WorkspaceService } from '../workspace/workspaceService';
import { K6ApiWatch, type K6ControlAction } from './live/k6ApiWatch';
import { K6OutputReading } from './live/k6OutputReading';
import type { K6FeedPanel } from './live/k6PanelFeed';
import type { K6ThresholdChange } from './live/k6ThresholdBook';
import { outputSummary } from './live/outputSummary';
import type { K6RestTransition } from './rest/k6RestPoller';
import { importK6Summary } from './summary/k6SummaryImport';
import { type K6SummaryEvent, k6SummaryEvent } from './summary/summaryEvent';

export interface K6ServiceOptions {
  workspace: WorkspaceService;
  journal: Journal;
  onStatus(status: K6Status): void;
  /** New points of the k6 panels, on the dashboard's data stream. */
  onData(data: PanelData): void;
  /** The k6 panels' statuses changed: the dashboard's status is sent again. */
  onPanelsChanged(): void;
}

/** The default environment's k6, as the host follows it; replaced whole when the workspace changes it. */
interface RunningK6 {
  environment: Environment | null;
  panels: readonly (K6FeedPanel & { metrics: string[] })[];
  reading: K6OutputReading | null;
  api: K6ApiWatch | null;
}

const NO_OUTPUT: K6Status['output'] = {
  path: null,
  state: 'none',
  lines: 0,
  points: 0,
  malformed: 0,
  firstMalformed: [],
  restarts: 0,
  problem: null,
  firstPointAt: null,
  lastPointAt: null,
};

/**
 * k6 beside Prometheus: the environment's `k6 run --out json` file read live into the k6 panels and
 * thresholds, its REST API watched and driven, and what matters journaled (threshold changes, the API
 * lost and back, the summary at the end of the run, the operator's pause, resume and stop).
 */
export class K6Service {
  private running: RunningK6;
  private readonly stopFollowing: () => void;

  constructor(private readonly options: K6ServiceOptions) {
    this.running = this.start(options.workspace.state.workspace);
    this.stopFollowing = onWorkspacePartChange(options.workspace, signatureOf, (next) => {
      void this.stop(this.running);
      this.running = this.start(next);
      this.publish();
      options.onPanelsChanged();
    });
  }

  status(): K6Status {
    const { environment, reading, api } = this.running;
    return {
      environment: environment?.name ?? null,
      output: reading?.status() ?? { ...NO_OUTPUT, path: environment?.k6?.jsonOutput ?? null },
      api: api?.status() ?? {
        address: null,
        state: 'none',
        since: 0,
        problem: null,
        run: null,
        metrics: [],
      },
      thresholds: reading?.thresholds() ?? [],
      problems: reading?.problems() ?? [],
    };
  }

  /** The k6 panels' statuses, for the dashboard's. */
  panelStatuses(): PanelStatus[] {
    const { reading, panels } = this.running;
    const thresholds = reading?.thresholds() ?? [];
    const lastPointAt = reading?.status().lastPointAt ?? null;
    return panels.map((panel) => {
      const own = thresholds.filter((threshold) => panel.metrics.includes(metricOf(threshold)));
      const failed = own.some((threshold) => threshold.verdict === 'failed');
      return {
        panelId: panel.id,
        state: lastPointAt === null ? 'no-data' : failed ? 'breached' : 'ok',
        targets: [],
        error: null,
        warnings: [],
        updatedAt: lastPointAt,
        k6Thresholds: own,
      };
    });
  }

  live(): PanelData[] {
    return this.running.reading?.live() ?? [];
  }

  /** A k6 panel's held points from `from` to `to`; null when the panel is not a k6 one. */
  range(panelId: string, from: number, to: number): PanelData | null {
    if (!this.running.panels.some((panel) => panel.id === panelId)) return null;
    return this.running.reading?.range(panelId, from, to) ?? { panelId, series: [], windowStart: from };
  }

  async control(action: K6ControlAction, actor: string): Promise<K6Run> {
    const { api } = this.running;
    if (!api) throw new Error('this environment names no k6 address (environments.<name>.k6.address)');
    const run = await api.control(action);
    await this.options.journal.write(
      appendToDay({
        kind: 'k6.control',
        actor,
        subject: `k6 ${action === 'stop' ? 'stopped' : action === 'pause' ? 'paused' : 'resumed'} at ${api.status().address}`,
        payload: { action, address: api.status().address, run },
      }),
    );
    return run;
  }

  /** Journals the summary of what was read so far, with the thresholds' verdicts now. */
  async recordSummary(actor: string): Promise<number> {
    const { reading, environment } = this.running;
    if (!reading) throw new Error('this environment names no k6 jsonOutput to summarise');
    const summary = outputSummary(reading.aggregator(), reading.thresholds());
    const event = await this.options.journal.write(
      appendToDay(k6SummaryEvent(summary, environment?.k6?.jsonOutput ?? '', actor)),
    );
    return event.seq;
  }

  /** Reads a k6 summary file's text and journals it; a file that is not one is refused naming where. */
  async importSummary(name: string, text: string, actor: string) {
    const imported = importK6Summary(text, name);
    if (!imported.ok) throw new Error(imported.problem.message);
    const event = await this.options.journal.write(
      appendToDay(k6SummaryEvent(imported.summary, name, actor)),
    );
    return {
      seq: event.seq,
      format: imported.summary.format,
      metrics: Object.keys(imported.summary.metrics).length,
      thresholdsFailed: imported.summary.thresholdsFailed,
    };
  }

  async dispose(): Promise<void> {
    this.stopFollowing();
    await this.stop(this.running);
  }

  private start(workspace: Workspace | null): RunningK6 {
    const environment = workspace?.environments[workspace.defaultEnvironment] ?? null;
    const panels = k6JsonPanels(workspace?.dashboard?.panels ?? []);
    const running: RunningK6 = { environment, panels, reading: null, api: null };
    const k6 = environment?.k6;
    if (k6?.jsonOutput) {
      const path = k6.jsonOutput;
      running.reading = new K6OutputReading({
        path,
        panels,
        thresholds: k6.thresholds,
        historySeconds: LIVE_WINDOW_SECONDS,
        onThresholdChange: (change) => this.thresholdChanged(change),
        onData: (data) => {
          for (const panel of data) this.options.onData(panel);
        },
        onStatus: () => {
          this.publish();
          this.options.onPanelsChanged();
        },
        onEnded: () => this.runEnded(running),
      });
    }
    if (k6?.address) {
      running.api = new K6ApiWatch({
        address: k6.address,
        onTransition: (transition) => this.apiTransition(transition),
        // The reading charts what is left, judges the thresholds as k6's end does, then journals the summary.
        onRunEnded: () => running.reading?.end(),
        onStatus: () => this.publish(),
      });
    }
    return running;
  }

  private async stop(running: RunningK6): Promise<void> {
    await Promise.all([running.reading?.stop(), running.api?.stop()]);
  }

  private publish(): void {
    this.options.onStatus(this.status());
  }

  /** The run is over: its summary, thresholds judged as at k6's end, goes to the journal. */
  private runEnded(running: RunningK6): void {
    if (!running.reading || running !== this.running) return;
    const summary = outputSummary(running.reading.aggregator(), running.reading.thresholds());
    this.record(k6SummaryEvent(summary, running.environment?.k6?.jsonOutput ?? '', SYSTEM_ACTOR));
  }

  private thresholdChanged({ status, previousVerdict }: K6ThresholdChange): void {
    if (status.verdict === previousVerdict) return;
    const observed = status.observed === null ? '' : ` (now ${round(status.observed)})`;
    const failed = status.verdict === 'failed';
    this.record({
      kind: failed ? 'k6.threshold.failed' : 'k6.threshold.recovered',
      actor: SYSTEM_ACTOR,
      subject: `k6 threshold ${status.key} ${failed ? 'failed' : 'holds again'}${observed}`,
      payload: { ...status },
    });
  }

  private apiTransition(transition: K6RestTransition): void {
    const address = transition.address;
    this.record(
      transition.kind === 'k6.unreachable'
        ? {
            kind: 'k6.unreachable',
            actor: SYSTEM_ACTOR,
            subject: `k6's API at ${address} unreachable: ${transition.reason}`,
            payload: { ...transition },
          }
        : {
            kind: 'k6.reachable',
            actor: SYSTEM_ACTOR,
            subject: `k6's API at ${address} answering again`,
            payload: { ...transition },
          },
    );
  }

  /** Journals what k6 was seen doing, while a test day is open (as the dashboard's observations are). */
  private record(draft: K6SummaryEvent): void {
    const { journal } = this.options;
    if (journal.currentDay() === null) return;
    journal
      .write(appendToDay(draft))
      .catch((error: unknown) => console.error(`warroom: could not journal ${draft.kind}: ${String(error)}`));
  }
}

function metricOf(threshold: K6ThresholdStatus): string {
  return parseSubmetricKey(threshold.metricKey).metric;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The dashboard's k6 panels fed from the JSON output, with the k6 metrics each draws. */
function k6JsonPanels(panels: readonly Panel[]): (K6FeedPanel & { metrics: string[] })[] {
  return panels.flatMap((panel) =>
    panel.k6?.source === 'json'
      ? [{ id: panel.id, metric: panel.k6.metric, metrics: k6PanelMetricNames(panel.k6.metric) }]
      : [],
  );
}

/** What the reading depends on: the default environment and the dashboard's k6 panels. */
function signatureOf(workspace: Workspace | null): string {
  if (!workspace) return 'none';
  const environment = workspace.environments[workspace.defaultEnvironment];
  return JSON.stringify([
    environment?.name,
    environment?.k6,
    k6JsonPanels(workspace.dashboard?.panels ?? []),
  ]);
}
