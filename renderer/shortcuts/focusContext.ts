import type { FocusContext } from './shortcutTable';

/** Where a key press lands: a terminal (xterm's own textarea), another text field, or the page. */
export function focusContext(target: EventTarget | null): FocusContext {
  if (!(target instanceof Element)) return 'page';
  if (target.closest('.xterm')) return 'terminal';
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
    return 'text-field';
  }
  return 'page';
}
