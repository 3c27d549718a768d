import { createStore } from 'zustand/vanilla';
import type { Role } from '../../shared/api';

/** How the UI is connected to the host, as the header's indicator shows it. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'refused';

export interface ConnectionState {
  status: ConnectionStatus;
  role: Role | null;
  workspace: string | null;
  version: string | null;
  /** Why the connection is refused or failing, in words for the operator. */
  message: string | null;
}

export type ConnectionStore = ReturnType<typeof createConnectionStore>;

export function createConnectionStore() {
  return createStore<ConnectionState>()(() => ({
    status: 'connecting',
    role: null,
    workspace: null,
    version: null,
    message: null,
  }));
}

export const selectIsViewer = (state: ConnectionState): boolean => state.role === 'viewer';
export const selectIsConnected = (state: ConnectionState): boolean => state.status === 'connected';
