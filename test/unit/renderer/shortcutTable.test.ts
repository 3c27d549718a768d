import { describe, expect, it } from 'vitest';
import {
  isTerminalPassThrough,
  type KeyChord,
  matchShortcut,
  SHORTCUTS,
} from '../../../renderer/shortcuts/shortcutTable';

function chord(key: string, init: Partial<KeyChord> = {}): KeyChord {
  return { key, code: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...init };
}

describe('shortcut table', () => {
  it('maps Alt+1 to Alt+6 to the views in navigation order', () => {
    const views = [1, 2, 3, 4, 5, 6].map((n) => {
      const action = matchShortcut(chord(String(n), { altKey: true, code: `Digit${n}` }), 'terminal')?.action;
      return action?.type === 'show-view' ? action.view : undefined;
    });
    expect(views).toEqual(['dashboard', 'runbooks', 'terminals', 'journal', 'report', 'rehearsal']);
  });

  it('takes Alt+digit by the physical key, whatever character the layout types', () => {
    expect(matchShortcut(chord('¡', { altKey: true, code: 'Digit1' }), 'page')?.action).toEqual({
      type: 'show-view',
      view: 'dashboard',
    });
  });

  it('keeps the terminal actions working while a terminal has focus', () => {
    const actionIn = (c: KeyChord) => matchShortcut(c, 'terminal')?.action.type;
    expect(actionIn(chord('T', { ctrlKey: true, shiftKey: true }))).toBe('new-terminal');
    expect(actionIn(chord('W', { ctrlKey: true, shiftKey: true }))).toBe('close-terminal');
    expect(actionIn(chord('PageUp', { ctrlKey: true }))).toBe('previous-tab');
    expect(actionIn(chord('PageDown', { ctrlKey: true }))).toBe('next-tab');
    expect(actionIn(chord('F', { ctrlKey: true, shiftKey: true }))).toBe('find');
    expect(actionIn(chord('F1'))).toBe('toggle-help');
  });

  it('leaves ? and Escape to a focused shell', () => {
    expect(matchShortcut(chord('?', { shiftKey: true }), 'terminal')).toBeUndefined();
    expect(matchShortcut(chord('Escape'), 'terminal')).toBeUndefined();
    expect(isTerminalPassThrough(chord('?', { shiftKey: true }))).toBe(false);
  });

  it('opens help with ? on the page but not while typing in a field', () => {
    expect(matchShortcut(chord('?', { shiftKey: true }), 'page')?.action.type).toBe('toggle-help');
    expect(matchShortcut(chord('?', { shiftKey: true }), 'text-field')).toBeUndefined();
  });

  it('does not take ordinary shell keys', () => {
    for (const c of [
      chord('c', { ctrlKey: true }),
      chord('t', { ctrlKey: true }),
      chord('PageUp'),
      chord('1'),
    ]) {
      expect(isTerminalPassThrough(c)).toBe(false);
    }
  });

  it('gives each shortcut its own keys and a description for the help overlay', () => {
    const keys = SHORTCUTS.map((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const shortcut of SHORTCUTS) expect(shortcut.description.length).toBeGreaterThan(0);
  });
});
