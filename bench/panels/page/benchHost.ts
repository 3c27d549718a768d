import type { HostConnection } from '../../../renderer/api/hostConnection';
import { createConnectionStore } from '../../../renderer/state/connectionStore';
import { buildApiSurface, type EventName, type EventPayload, type Invoke } from '../../../shared/api';
import type { PanelData } from '../../../shared/dashboardTypes';

/**
 * The host as the dashboard sees it, without a carrier: the contract's real API surface, whose
 * events the bench emits itself (as the host pushes `dashboard.data` after each refresh) and
 * whose one call the dashboard makes, `dashboard.live`, answers with the bench's history.
 * The console never introduces itself, so nothing else asks the host for anything.
 */
export class BenchHost {
  readonly connection: HostConnection;
  private readonly listeners = new Map<EventName, Set<(payload: never) => void>>();

  constructor(live: () => PanelData[]) {
    const invoke = (async (method) => {
      if (method === 'dashboard.live') return live();
      throw new Error(`the panels bench has no answer for ${method}`);
    }) as Invoke;
    const api = buildApiSurface(invoke, (event, listener) => {
      const set = this.listeners.get(event) ?? new Set();
      this.listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    });
    this.connection = { api, connection: createConnectionStore(), onSessionStart: () => () => undefined };
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (payload: EventPayload<E>) => void)(payload);
  }
}
