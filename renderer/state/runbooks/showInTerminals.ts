import type { TerminalId } from '../../../shared/terminalTypes';
import type { NavigationStore } from '../navigationStore';
import type { TerminalsState, TerminalsStore } from '../terminalsStore';

/** Whether the Terminals view has a tab for the step's terminal (it goes once the terminal is closed). */
export function selectHasTerminal(state: TerminalsState, terminalId: TerminalId | null): boolean {
  return terminalId !== null && state.tabs.some((tab) => tab.id === terminalId);
}

/** "Show in Terminals": the step's terminal becomes the active tab and the Terminals view shows. */
export function showInTerminals(
  navigation: NavigationStore,
  terminals: TerminalsStore,
  terminalId: TerminalId,
): void {
  terminals.getState().activate(terminalId);
  navigation.getState().show('terminals');
}
