import type { EventPayload } from '../../shared/api';
import { ApiError } from '../../shared/apiErrors';
import type { TerminalId, TerminalInfo, TerminalSize } from '../../shared/terminalTypes';
import type { HostConnection } from '../api/hostConnection';
import type { TerminalCommands } from '../shortcuts/shortcutActions';
import type { TerminalsStore } from '../state/terminalsStore';
import { AckCounter } from './ackCounter';
import { actionErrorMessage } from './actionErrorMessage';
import { splitInput } from './splitInput';
import type { TerminalView, TerminalViewEvents } from './terminalView';

/** RIS, the full reset: clears screen and scrollback in order with the output queued before it. */
const FULL_RESET = '\x1bc';

/** The size of a new terminal before any screen has been fitted to its box. */
const DEFAULT_SIZE: TerminalSize = { cols: 80, rows: 24 };

export type TerminalViewFactory<V extends TerminalView> = (id: TerminalId, events: TerminalViewEvents) => V;

interface Entry<V> {
  readonly id: TerminalId;
  readonly view: V;
  readonly ack: AckCounter;
  /** Grows with each attach, so output and acks of an earlier one are recognised and dropped. */
  attachment: number;
  /** Output that arrived while an attach was under way; it follows the replay. */
  pending: string[] | null;
}

/** Calls whose failure needs no word: the connection indicator already says the host is away. */
const whileDisconnected = (): void => undefined;

/**
 * Keeps one screen per host terminal and carries the bytes between them: output goes from the
 * event stream straight into the screen (never through a store), parsed characters are
 * acknowledged in chunks, and each new session re-attaches every terminal from its replay.
 * The tab metadata goes to the terminals store.
 */
export class TerminalController<V extends TerminalView> implements TerminalCommands {
  private readonly entries = new Map<TerminalId, Entry<V>>();
  private session = 0;
  private preferredSize = DEFAULT_SIZE;

  constructor(
    private readonly host: HostConnection,
    private readonly store: TerminalsStore,
    private readonly createView: TerminalViewFactory<V>,
  ) {}

  /** Starts following the host; returns the function that stops and disposes every screen. */
  start(): () => void {
    const { api } = this.host;
    const unsubscribe = [
      api.on('terminals.data', ({ id, data }) => this.received(id, data)),
      api.on('terminals.exit', (exit) => this.exited(exit)),
      api.on('terminals.changed', (list) => this.reconcile(list, false)),
      this.host.onSessionStart(() => void this.sessionStarted()),
    ];
    // The first session may have begun before we listened.
    if (this.host.connection.getState().status === 'connected') void this.sessionStarted();
    return () => {
      for (const stop of unsubscribe) stop();
      this.session++;
      for (const id of [...this.entries.keys()]) this.forget(id);
    };
  }

  view(id: TerminalId): V | undefined {
    return this.entries.get(id)?.view;
  }

  views(): V[] {
    return [...this.entries.values()].map((entry) => entry.view);
  }

  async createTerminal(): Promise<void> {
    const { getState } = this.store;
    if (this.readOnly()) {
      getState().setActionError('A read-only viewer cannot open terminals.');
      return;
    }
    try {
      const info = await this.host.api.terminals.create({ ...this.preferredSize });
      if (!this.entries.has(info.id)) void this.attach(this.add(info.id));
      getState().upsert(info);
      getState().activate(info.id);
      getState().setActionError(null);
    } catch (error) {
      getState().setActionError(actionErrorMessage('open a terminal', error));
    }
  }

  async closeTerminal(id: TerminalId): Promise<void> {
    const { getState } = this.store;
    if (this.readOnly()) {
      getState().setActionError('A read-only viewer cannot close terminals.');
      return;
    }
    try {
      await this.host.api.terminals.close({ id });
      getState().setActionError(null);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'not_found')) {
        getState().setActionError(actionErrorMessage('close the terminal', error));
        return;
      }
    }
    this.forget(id);
    getState().remove(id);
  }

  private async sessionStarted(): Promise<void> {
    const session = ++this.session;
    const readOnly = this.readOnly();
    for (const entry of this.entries.values()) entry.view.setReadOnly(readOnly);
    try {
      const list = await this.host.api.terminals.list({});
      if (session === this.session) this.reconcile(list, true);
    } catch {
      // The session ended before it answered; the next one lists again.
    }
  }

  /** Makes the screens match the host's list; screens come first, as the tabs mount them. */
  private reconcile(list: readonly TerminalInfo[], reattachAll: boolean): void {
    const listed = new Set(list.map((info) => info.id));
    for (const id of [...this.entries.keys()]) {
      if (!listed.has(id)) this.forget(id);
    }
    for (const info of list) {
      const entry = this.entries.get(info.id);
      if (!entry) void this.attach(this.add(info.id));
      else if (reattachAll) void this.attach(entry);
    }
    this.store.getState().syncList(list);
    if (this.readOnly()) {
      for (const info of list) this.entries.get(info.id)?.view.followHostSize(info);
    }
  }

  private add(id: TerminalId): Entry<V> {
    const view = this.createView(id, {
      input: (data) => this.input(id, data),
      resized: (size) => this.resized(id, size),
    });
    view.setReadOnly(this.readOnly());
    const ack = new AckCounter((chars) => {
      this.host.api.terminals.ack({ id, chars }).catch(whileDisconnected);
    });
    const entry: Entry<V> = { id, view, ack, attachment: 0, pending: null };
    this.entries.set(id, entry);
    return entry;
  }

  private forget(id: TerminalId): void {
    this.entries.get(id)?.view.dispose();
    this.entries.delete(id);
  }

  /** Starts the output stream and repaints the screen from the host's replay. */
  private async attach(entry: Entry<V>): Promise<void> {
    const attachment = ++entry.attachment;
    entry.pending = [];
    entry.ack.reset();
    const current = () => entry.attachment === attachment && this.entries.get(entry.id) === entry;
    try {
      const { info, replay } = await this.host.api.terminals.attach({ id: entry.id });
      if (!current()) return;
      // The replay is not counted: the host counts only what it sends after the attach.
      entry.view.write(FULL_RESET + replay);
      const pending = entry.pending ?? [];
      entry.pending = null;
      for (const data of pending) this.writeLive(entry, data);
      this.store.getState().upsert(info);
      this.matchHostSize(entry, info);
    } catch (error) {
      if (!current()) return;
      entry.pending = null;
      if (error instanceof ApiError && error.code === 'not_found') {
        this.forget(entry.id);
        this.store.getState().remove(entry.id);
      }
    }
  }

  private received(id: TerminalId, data: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    if (entry.pending) entry.pending.push(data);
    else this.writeLive(entry, data);
  }

  private writeLive(entry: Entry<V>, data: string): void {
    const attachment = entry.attachment;
    entry.view.write(data, () => {
      if (entry.attachment === attachment) entry.ack.parsed(data.length);
    });
  }

  private exited({ id, exitCode, signal }: EventPayload<'terminals.exit'>): void {
    this.store.getState().markExited(id, exitCode, signal);
  }

  /** An operator's screen sets the pty's size; a viewer's screen takes the pty's. */
  private matchHostSize(entry: Entry<V>, info: TerminalInfo): void {
    if (this.readOnly()) {
      entry.view.followHostSize(info);
      return;
    }
    const fitted = entry.view.fittedSize();
    if (fitted && (fitted.cols !== info.cols || fitted.rows !== info.rows)) this.resized(entry.id, fitted);
  }

  private input(id: TerminalId, data: string): void {
    for (const piece of splitInput(data)) {
      this.host.api.terminals.write({ id, data: piece }).catch(whileDisconnected);
    }
  }

  private resized(id: TerminalId, { cols, rows }: TerminalSize): void {
    this.preferredSize = { cols, rows };
    if (this.readOnly()) return;
    this.host.api.terminals.resize({ id, cols, rows }).catch(whileDisconnected);
  }

  private readOnly(): boolean {
    return this.host.connection.getState().role === 'viewer';
  }
}
