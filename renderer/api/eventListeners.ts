import type { EventName, EventPayload } from '../../shared/api';

type Listener = (payload: never) => void;

/** Listeners per declared event stream, shared by both carriers' clients. */
export class EventListeners {
  private readonly byName = new Map<EventName, Set<Listener>>();

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = this.byName.get(event);
    if (!set) {
      set = new Set();
      this.byName.set(event, set);
    }
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }

  emit(event: EventName, payload: unknown): void {
    const set = this.byName.get(event);
    if (!set) return;
    for (const listener of set) (listener as (p: unknown) => void)(payload);
  }
}
