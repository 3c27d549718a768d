import { useStore } from 'zustand';
import { useServices } from '../../app/servicesContext';
import type { SandboxStore } from '../../state/sandbox/sandboxStore';

/** The title every control carries for a viewer. */
const VIEWER_CANNOT_ACT = 'A read-only viewer cannot act on the sandbox: it can only watch.';

export function useSandbox(): SandboxStore {
  return useServices().sandbox;
}

/**
 * Why a control cannot be used now (its title), or null when it can: a viewer never acts, a
 * console not yet introduced waits, and an operator is held back only by `operatorBlock`.
 */
export function useBlockedReason(operatorBlock: string | null = null): string | null {
  const role = useStore(useServices().host.connection, (state) => state.role);
  if (role === 'viewer') return VIEWER_CANNOT_ACT;
  if (role === null) return 'Waiting for the host to introduce this console.';
  return operatorBlock;
}

/** Says why faults and load wait, while the sandbox is not running. */
export const NOT_RUNNING = 'Start the rehearsal first: there is no running service to act on.';
