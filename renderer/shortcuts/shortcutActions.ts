import type { TerminalId } from '../../shared/terminalTypes';
import type { FindBarStore } from '../state/findBarStore';
import type { LogIssueStore } from '../state/journal/logIssueStore';
import { type NavigationStore, selectIsTerminalsView } from '../state/navigationStore';
import type { ShortcutHelpStore } from '../state/shortcutHelpStore';
import type { TerminalsStore } from '../state/terminalsStore';
import type { ShortcutAction } from './shortcutTable';

/** What the terminal actions of a shortcut call; the terminal controller in the app. */
export interface TerminalCommands {
  createTerminal(): void;
  closeTerminal(id: TerminalId): void;
}

export interface ShortcutTargets {
  readonly navigation: NavigationStore;
  readonly terminals: TerminalsStore;
  readonly shortcutHelp: ShortcutHelpStore;
  readonly findBar: FindBarStore;
  readonly logIssue: LogIssueStore;
  readonly commands: TerminalCommands;
}

/** Carries out a shortcut. Tab actions act only where the tabs are in view. */
export function runShortcut(action: ShortcutAction, targets: ShortcutTargets): void {
  const { navigation, terminals, shortcutHelp, findBar, logIssue, commands } = targets;
  const inTerminalsView = selectIsTerminalsView(navigation.getState());
  const activeId = terminals.getState().activeId;
  if (action.type !== 'toggle-help' && action.type !== 'dismiss') shortcutHelp.getState().hide();

  switch (action.type) {
    case 'show-view':
      navigation.getState().show(action.view);
      return;
    case 'new-terminal':
      navigation.getState().show('terminals');
      commands.createTerminal();
      return;
    case 'close-terminal':
      if (inTerminalsView && activeId !== null) commands.closeTerminal(activeId);
      return;
    case 'previous-tab':
      if (inTerminalsView) terminals.getState().activatePrevious();
      return;
    case 'next-tab':
      if (inTerminalsView) terminals.getState().activateNext();
      return;
    case 'find':
      if (activeId === null) return;
      navigation.getState().show('terminals');
      findBar.getState().show();
      return;
    case 'log-issue':
      logIssue.getState().show();
      return;
    case 'toggle-help':
      shortcutHelp.getState().toggle();
      return;
    case 'dismiss':
      if (shortcutHelp.getState().open) shortcutHelp.getState().hide();
      else findBar.getState().hide();
      return;
  }
}
