import { dirname, join } from 'node:path';
import type { EventName, EventPayload, Role } from '../../shared/api';
import { dispatch, type MethodHandlers } from './apiDispatcher';
import { ClientPresence } from './clientPresence';
import { commandRecorder } from './journal/commandRecorder';
import { followJournalChanges } from './journal/journalChangeFeed';
import { journalHandlers } from './journal/journalHandlers';
import type { OpenedJournal } from './journal/openJournalWithFallback';
import type { PanelSnapshotSource } from './journal/panelSnapshotSource';
import { k6Handlers } from './k6/k6Handlers';
import { K6Service } from './k6/k6Service';
import { dashboardHandlers } from './metrics/dashboard/dashboardHandlers';
import { DashboardService } from './metrics/dashboard/dashboardService';
import { WarroomMetrics } from './metrics/warroomMetrics';
import { criterionNames } from './report/builtInCriteria';
import { chromiumPdfPrinter } from './report/export/pdf/chromiumPdfPrinter';
import type { PdfPrinterChoice } from './report/export/pdf/pdfPrinter';
import { reportRedactor, workspaceSecrets } from './report/export/redaction/reportRedactor';
import { reportHandlers } from './report/reportHandlers';
import { runbookHandlers } from './runbooks/runbookHandlers';
import { runbookRuntime } from './runbooks/runbookRuntime';
import { RunbookService } from './runbooks/runbookService';
import { warroomShim } from './runbooks/warroomShim';
import { SandboxController, type SandboxTarget } from './sandbox/control/sandboxController';
import { sandboxHandlers } from './sandbox/control/sandboxHandlers';
import { SANDBOX_STATE_ENV, sandboxStatePath } from './sandbox/control/sandboxState';
import type { ScrapeTarget } from './sandbox/prometheus/prometheusConfig';
import { SecretStore } from './secrets/secretStore';
import type { EventSink, SessionContext } from './sessionContext';
import { DISCONNECT_GRACE_MS } from './terminals/terminalConstants';
import { terminalHandlers } from './terminals/terminalHandlers';
import { TerminalService } from './terminals/terminalService';
import { workspaceHandlers } from './workspace/workspaceHandlers';
import { WorkspaceService } from './workspace/workspaceService';
import { workspaceStatus } from './workspace/workspaceStatus';

export interface WarroomHostOptions {
  /** The workspace folder: shells start there. */
  workspace: string;
  version: string;
  /** Overrides $SHELL for new terminals. */
  shell?: string;
  /** How long a vanished client keeps its terminals. */
  disconnectGraceMs?: number;
  /** The journal everything is recorded in; the host closes it on shutdown. */
  journal: OpenedJournal;
  /** What a snapshot freezes; default: the workspace dashboard's panels. */
  panels?: PanelSnapshotSource;
  /** The rehearsal sandbox this console can start; without it, the console says it has none. */
  sandbox?: {
    target: SandboxTarget | { unavailable: string };
    /** Where the running sandbox is described for `warroom sandbox ...`; default sandboxStatePath(). */
    statePath?: string;
  };
  /** The workspace, reloaded when its warroom.yaml changes; default: one for `workspace`. The host disposes it. */
  workspaceService?: WorkspaceService;
  /** Secrets given to runs; default: held in memory only, nothing remembered (serve mode). */
  secrets?: SecretStore;
  /** bin/warroom.js: runbook steps get it as the `warroom` command. */
  warroomCli?: string;
  /** How reports become PDFs: Electron's printToPDF in the app; default: this machine's Chromium. */
  pdfPrinter?: () => PdfPrinterChoice;
}

/** Why a console built without sandbox options offers none. */
const NO_SANDBOX = 'this console was started without the rehearsal sandbox';

/** A connection's handle on the host: calls go in, events come out through its sink. */
export interface HostSession {
  readonly role: Role;
  call(method: unknown, params: unknown): Promise<unknown>;
  close(): void;
}

/** The services behind the contract, independent of how clients reach them. */
export class WarroomHost {
  private readonly sessions = new Set<SessionContext>();
  private readonly presence: ClientPresence;
  private readonly terminals: TerminalService;
  private readonly handlers: MethodHandlers;
  private readonly stopFollowingJournal: () => void;
  /** Warroom's own metrics, served at /metrics. */
  readonly metrics: WarroomMetrics;
  private readonly sandbox: SandboxController;
  private readonly workspace: WorkspaceService;
  private readonly dashboard: DashboardService;
  private readonly k6: K6Service;
  private readonly runbooks: RunbookService;
  private readonly secrets: SecretStore;
  private readonly stepShim: { dir: string; dispose(): void } | null;
  /** Where Warroom's own /metrics is served, once it is; the managed Prometheus scrapes it too. */
  private metricsTarget: ScrapeTarget | null = null;
  private nextConnectionId = 1;

  constructor(private readonly options: WarroomHostOptions) {
    this.terminals = new TerminalService({
      cwd: options.workspace,
      shell: options.shell,
      commands: commandRecorder(options.journal.journal, (error) =>
        console.error(`warroom: a terminal command could not be journaled: ${String(error)}`),
      ),
      changed: (list) => this.broadcast('terminals.changed', list),
    });
    this.presence = new ClientPresence(options.disconnectGraceMs ?? DISCONNECT_GRACE_MS, (clientId) =>
      this.terminals.clientGone(clientId),
    );
    this.metrics = new WarroomMetrics({
      terminalsOpen: () => this.terminals.list().filter((terminal) => terminal.exitCode === null).length,
    });
    this.sandbox = new SandboxController({
      journal: options.journal.journal,
      target: options.sandbox?.target ?? { unavailable: NO_SANDBOX },
      statePath: options.sandbox?.statePath,
      timedPoll: (source, seconds, ok) => this.metrics.poll(source, seconds, ok),
      changed: (status) => this.broadcast('sandbox.changed', status),
      ownMetrics: () => this.metricsTarget,
    });
    this.workspace = options.workspaceService ?? new WorkspaceService(options.workspace);
    this.workspace.onChange(() => this.broadcast('workspace.changed', workspaceStatus(this.workspace)));
    this.k6 = new K6Service({
      workspace: this.workspace,
      journal: options.journal.journal,
      onStatus: (status) => this.broadcast('k6.status', status),
      onData: (data) => this.broadcast('dashboard.data', data),
      // Called only once the reading has begun, after the dashboard exists.
      onPanelsChanged: () => this.dashboard.publish(),
    });
    this.dashboard = new DashboardService({
      workspace: this.workspace,
      journal: options.journal.journal,
      timedPoll: (source, seconds, ok) => this.metrics.poll(source, seconds, ok),
      onStatus: (status) => this.broadcast('dashboard.status', status),
      onData: (data) => this.broadcast('dashboard.data', data),
      fedPanels: this.k6,
    });
    this.stepShim = options.warroomCli ? warroomShim(options.warroomCli) : null;
    this.secrets =
      options.secrets ??
      new SecretStore({ vault: null, file: join(dirname(options.journal.journal.path), 'secrets.json') });
    this.runbooks = this.createRunbookService();
    this.handlers = this.createHandlers();
    options.journal.journal.observeWrites((seconds, ok) => this.metrics.journalWrite(seconds, ok));
    this.stopFollowingJournal = followJournalChanges(options.journal.journal, (change) =>
      this.broadcast('journal.changed', change),
    );
  }

  openSession(role: Role, sink: EventSink): HostSession {
    const session: SessionContext = {
      connectionId: this.nextConnectionId++,
      role,
      sink,
      clientId: null,
      operator: null,
    };
    this.sessions.add(session);
    return {
      role,
      call: (method, params) => dispatch(this.handlers, session, method, params),
      close: () => this.closeSession(session),
    };
  }

  /** Says where Warroom's own metrics are served (host:port and path), for the managed Prometheus. */
  metricsServedAt(address: string, path: string): void {
    this.metricsTarget = { job: 'warroom', address, metricsPath: path };
  }

  /** Kills every terminal's process; safe to call from a process 'exit' handler. */
  dispose(): void {
    this.runbooks.dispose();
    this.stepShim?.dispose();
    this.presence.dispose();
    this.sandbox.stopWatching();
    this.dashboard.dispose();
    void this.k6.dispose();
    this.workspace.dispose();
    this.terminals.dispose();
    this.sessions.clear();
    this.stopFollowingJournal();
  }

  /** Ends everything and commits what the journal still has queued. */
  async shutdown(): Promise<void> {
    await this.runbooks.shutdown(this.options.journal.journal.defaultActor());
    await this.sandbox
      .shutdown(this.options.journal.journal.defaultActor())
      .catch((error: unknown) =>
        console.error(`warroom: the sandbox did not stop cleanly: ${String(error)}`),
      );
    // The k6 reading stops before the journal closes, so nothing it records meets a closed journal.
    await this.k6.dispose();
    this.dispose();
    await this.options.journal.journal.close();
  }

  private closeSession(session: SessionContext): void {
    if (!this.sessions.delete(session)) return;
    this.terminals.sessionClosed(session);
    if (session.clientId) this.presence.disconnected(session.clientId);
  }

  private createRunbookService(): RunbookService {
    const { journal } = this.options.journal;
    const { secrets } = this;
    journal.redactWith((text) => secrets.redact(text));
    const runbooks = new RunbookService({
      workspace: this.workspace,
      journal,
      spawn: (request) => this.terminals.spawnStep(request),
      ...runbookRuntime({
        secrets,
        binDir: this.stepShim?.dir ?? null,
        // A step's `warroom sandbox fault` and `warroom note` act on this console's sandbox and journal.
        stepEnv: {
          WARROOM_JOURNAL: journal.path,
          [SANDBOX_STATE_ENV]: this.options.sandbox?.statePath ?? sandboxStatePath(),
        },
      }),
      runbooksChanged: (list) => this.broadcast('runbooks.changed', list),
      runChanged: (run) => this.broadcast('runs.changed', run),
      ticked: (id, checks) => this.broadcast('runbooks.ticked', { id, checks }),
    });
    runbooks
      .markInterruptedRuns()
      .catch((error: unknown) =>
        console.error(`warroom: runs left open by an earlier Warroom could not be closed: ${String(error)}`),
      );
    return runbooks;
  }

  private broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const session of this.sessions) session.sink.send(event, payload);
  }

  private createHandlers(): MethodHandlers {
    return {
      'session.hello': (session, { clientId }) => {
        // Per role, so a viewer presenting an operator's id cannot keep that operator's terminals alive.
        const key = `${session.role}:${clientId}`;
        if (session.clientId !== key) {
          if (session.clientId) this.presence.disconnected(session.clientId);
          session.clientId = key;
          this.presence.connected(key);
        }
        return { role: session.role, version: this.options.version, workspace: this.options.workspace };
      },
      ...terminalHandlers(this.terminals),
      ...journalHandlers({
        journal: this.options.journal.journal,
        problem: this.options.journal.problem,
        panels: this.options.panels ?? this.dashboard,
        criterionNames: () => criterionNames(this.workspace.state.workspace?.signoff ?? []),
      }),
      ...sandboxHandlers(this.sandbox, this.options.journal.journal),
      ...workspaceHandlers(this.workspace),
      ...dashboardHandlers(this.dashboard),
      ...runbookHandlers(this.runbooks, this.options.journal.journal),
      ...k6Handlers(this.k6, this.options.journal.journal),
      ...reportHandlers({
        journal: this.options.journal.journal,
        workspace: () => this.workspace.state.workspace,
        redact: () => {
          const workspace = this.workspace.state.workspace;
          return reportRedactor({
            secrets: workspace ? workspaceSecrets(workspace, (name) => process.env[name] || undefined) : [],
            before: (text) => this.secrets.redact(text),
          });
        },
        printer: this.options.pdfPrinter ?? (() => chromiumPdfPrinter()),
      }),
    };
  }
}
