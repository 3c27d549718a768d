import type { HostConnection } from '../../../renderer/api/hostConnection';
import { createConnectionStore } from '../../../renderer/state/connectionStore';
import type { TerminalView } from '../../../renderer/terminals/terminalView';
import {
  buildApiSurface,
  type EventName,
  type EventPayload,
  type MethodName,
  type MethodParams,
  type MethodResult,
  type Role,
} from '../../../shared/api';
import type { TerminalInfo, TerminalSize } from '../../../shared/terminalTypes';

type Handler<M extends MethodName> = (params: MethodParams<M>) => MethodResult<M> | Promise<MethodResult<M>>;

export function terminalInfo(id: string, overrides: Partial<TerminalInfo> = {}): TerminalInfo {
  return {
    id,
    title: `sh ${id.slice(1)}`,
    shell: '/bin/sh',
    pid: 100,
    cols: 80,
    rows: 24,
    createdAt: 0,
    exitCode: null,
    signal: null,
    ...overrides,
  };
}

/** A host in memory: records every call, answers from handlers, emits events on demand. */
export function createFakeHost() {
  const calls: { method: MethodName; params: unknown }[] = [];
  const handlers = new Map<MethodName, (params: never) => unknown>();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const sessionListeners = new Set<() => void>();
  let terminals: TerminalInfo[] = [];
  let nextId = 1;

  const handle = <M extends MethodName>(method: M, handler: Handler<M>) => {
    handlers.set(method, handler as (params: never) => unknown);
  };
  handle('terminals.list', () => terminals);
  handle('terminals.attach', ({ id }) => ({ info: terminalInfo(id), replay: '' }));
  handle('terminals.create', ({ cols, rows }) => terminalInfo(`t${100 + nextId++}`, { cols, rows }));

  const api = buildApiSurface(
    async (method, params) => {
      calls.push({ method, params });
      const handler = handlers.get(method);
      return (handler ? await handler(params as never) : null) as never;
    },
    (event, listener) => {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
  );
  const connection = createConnectionStore();

  const host: HostConnection = {
    api,
    connection,
    onSessionStart: (listener) => {
      sessionListeners.add(listener);
      return () => sessionListeners.delete(listener);
    },
  };

  return {
    host,
    calls,
    handle,
    setTerminals: (list: TerminalInfo[]) => {
      terminals = list;
    },
    callsOf: <M extends MethodName>(method: M) =>
      calls.filter((call) => call.method === method).map((call) => call.params as MethodParams<M>),
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
      for (const listener of listeners.get(event) ?? []) (listener as (p: EventPayload<E>) => void)(payload);
    },
    listenerCount: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
    startSession: (role: Role = 'operator') => {
      connection.setState({ status: 'connected', role, workspace: '/ws', version: 'test', message: null });
      for (const listener of sessionListeners) listener();
    },
  };
}

/** Lets pending promise callbacks (the fake host's answers) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** A screen that records what it is given; `parse()` plays xterm finishing its queued writes. */
export class FakeView implements TerminalView {
  readonly written: string[] = [];
  readonly followed: TerminalSize[] = [];
  readOnly = false;
  disposed = false;
  fitted: TerminalSize | null = null;
  private unparsed: (() => void)[] = [];

  write(data: string, parsed?: () => void): void {
    this.written.push(data);
    if (parsed) this.unparsed.push(parsed);
  }

  parse(): void {
    const callbacks = this.unparsed;
    this.unparsed = [];
    for (const callback of callbacks) callback();
  }

  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
  }

  followHostSize(size: TerminalSize): void {
    this.followed.push({ cols: size.cols, rows: size.rows });
  }

  fittedSize(): TerminalSize | null {
    return this.fitted;
  }

  dispose(): void {
    this.disposed = true;
  }

  /** Everything shown since the last full reset. */
  screen(): string {
    const all = this.written.join('');
    const reset = all.lastIndexOf('\x1bc');
    return reset === -1 ? all : all.slice(reset + 2);
  }
}
