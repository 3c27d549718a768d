import { useEffect } from 'react';
import { focusContext } from './focusContext';
import { runShortcut, type ShortcutTargets } from './shortcutActions';
import { matchShortcut } from './shortcutTable';

/**
 * Listens for the shortcut table's keys on the whole window. A focused xterm lets these keys
 * bubble here (see isTerminalPassThrough), so they work while typing in a shell too.
 */
export function useGlobalShortcuts(targets: ShortcutTargets): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = matchShortcut(event, focusContext(event.target));
      if (!shortcut) return;
      event.preventDefault();
      if (event.repeat && !shortcut.repeats) return;
      runShortcut(shortcut.action, targets);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [targets]);
}
