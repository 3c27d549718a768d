import { describe, expect, it } from 'vitest';
import { runShortcut, type ShortcutTargets } from '../../../renderer/shortcuts/shortcutActions';
import { createFindBarStore } from '../../../renderer/state/findBarStore';
import { createLogIssueStore } from '../../../renderer/state/journal/logIssueStore';
import { createNavigationStore } from '../../../renderer/state/navigationStore';
import { createShortcutHelpStore } from '../../../renderer/state/shortcutHelpStore';
import { createTerminalsStore } from '../../../renderer/state/terminalsStore';
import { createFakeHost, terminalInfo } from './fakeHost';

function targets(tabIds: string[] = []) {
  const created: number[] = [];
  const closed: string[] = [];
  const terminals = createTerminalsStore();
  terminals.getState().syncList(tabIds.map((id) => terminalInfo(id)));
  const result: ShortcutTargets = {
    navigation: createNavigationStore(),
    terminals,
    shortcutHelp: createShortcutHelpStore(),
    findBar: createFindBarStore(),
    logIssue: createLogIssueStore({ api: createFakeHost().host.api, canOperate: () => true }),
    commands: {
      createTerminal: () => void created.push(1),
      closeTerminal: (id) => void closed.push(id),
    },
  };
  return { ...result, targets: result, created, closed };
}

describe('shortcut actions', () => {
  it('switches views', () => {
    const t = targets();
    runShortcut({ type: 'show-view', view: 'journal' }, t.targets);
    expect(t.navigation.getState().view).toBe('journal');
  });

  it('opens a new terminal from any view and shows the terminals', () => {
    const t = targets();
    runShortcut({ type: 'new-terminal' }, t.targets);
    expect(t.created).toHaveLength(1);
    expect(t.navigation.getState().view).toBe('terminals');
  });

  it('closes the active terminal only where the tabs are in view', () => {
    const t = targets(['t1', 't2']);
    runShortcut({ type: 'close-terminal' }, t.targets);
    expect(t.closed).toEqual([]);
    t.navigation.getState().show('terminals');
    runShortcut({ type: 'close-terminal' }, t.targets);
    expect(t.closed).toEqual(['t1']);
  });

  it('moves between tabs in the terminals view', () => {
    const t = targets(['t1', 't2']);
    t.navigation.getState().show('terminals');
    runShortcut({ type: 'next-tab' }, t.targets);
    expect(t.terminals.getState().activeId).toBe('t2');
    runShortcut({ type: 'previous-tab' }, t.targets);
    expect(t.terminals.getState().activeId).toBe('t1');
  });

  it('opens the find bar over the active terminal, and not without one', () => {
    const empty = targets();
    runShortcut({ type: 'find' }, empty.targets);
    expect(empty.findBar.getState().open).toBe(false);
    const t = targets(['t1']);
    runShortcut({ type: 'find' }, t.targets);
    expect(t.findBar.getState().open).toBe(true);
    expect(t.navigation.getState().view).toBe('terminals');
  });

  it('toggles the help overlay, and Escape closes it before the find bar', () => {
    const t = targets(['t1']);
    runShortcut({ type: 'find' }, t.targets);
    runShortcut({ type: 'toggle-help' }, t.targets);
    expect(t.shortcutHelp.getState().open).toBe(true);
    runShortcut({ type: 'dismiss' }, t.targets);
    expect(t.shortcutHelp.getState().open).toBe(false);
    expect(t.findBar.getState().open).toBe(true);
    runShortcut({ type: 'dismiss' }, t.targets);
    expect(t.findBar.getState().open).toBe(false);
  });

  it('closes the help overlay when another shortcut acts', () => {
    const t = targets();
    runShortcut({ type: 'toggle-help' }, t.targets);
    runShortcut({ type: 'show-view', view: 'report' }, t.targets);
    expect(t.shortcutHelp.getState().open).toBe(false);
  });
});
