import type { EventName, EventPayload, Role } from '../../shared/api';

/** Where a session's events go: one WebSocket connection, or the one Electron window. */
export interface EventSink {
  send<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** One connected client as the services see it. */
export interface SessionContext {
  /** Unique per connection, for the life of the host. */
  readonly connectionId: number;
  readonly role: Role;
  readonly sink: EventSink;
  /** Set by session.hello (as role:id); stable across a client's reconnects. */
  clientId: string | null;
  /** Who sits at this console (journal.setOperator); events they cause carry the name. */
  operator: string | null;
}
