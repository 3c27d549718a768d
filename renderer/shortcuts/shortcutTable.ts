import { VIEWS, type ViewId } from '../views/viewCatalog';

/** The parts of a KeyboardEvent a shortcut looks at. */
export type KeyChord = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>;

/** Where the keyboard focus is when a key is pressed. */
export type FocusContext = 'terminal' | 'text-field' | 'page';

/**
 * Where a shortcut fires: 'anywhere' includes a focused terminal (its keys are kept from the
 * shell), 'outside-terminal' leaves the key to a focused shell, 'page' also leaves it to text
 * fields (a plain character).
 */
export type ShortcutScope = 'anywhere' | 'outside-terminal' | 'page';

export type ShortcutAction =
  | { readonly type: 'show-view'; readonly view: ViewId }
  | { readonly type: 'new-terminal' }
  | { readonly type: 'close-terminal' }
  | { readonly type: 'previous-tab' }
  | { readonly type: 'next-tab' }
  | { readonly type: 'find' }
  | { readonly type: 'log-issue' }
  | { readonly type: 'toggle-help' }
  | { readonly type: 'dismiss' };

export interface Shortcut {
  /** As the help overlay shows it. */
  readonly keys: string;
  readonly description: string;
  readonly group: 'Views' | 'Terminals' | 'Journal' | 'Help';
  readonly scope: ShortcutScope;
  /** Whether holding the keys down repeats the action. */
  readonly repeats: boolean;
  readonly action: ShortcutAction;
  readonly matches: (chord: KeyChord) => boolean;
}

interface Modifiers {
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
}

/** True when exactly the given modifiers are held (Meta never is). */
function only(chord: KeyChord, { ctrl = false, alt = false, shift = false }: Modifiers): boolean {
  return chord.ctrlKey === ctrl && chord.altKey === alt && chord.shiftKey === shift && !chord.metaKey;
}

function letter(chord: KeyChord, value: string): boolean {
  return chord.key.toLowerCase() === value;
}

const viewShortcuts: Shortcut[] = VIEWS.map((view, index) => ({
  keys: `Alt+${index + 1}`,
  description: `Show ${view.label}`,
  group: 'Views',
  scope: 'anywhere',
  repeats: false,
  action: { type: 'show-view', view: view.id },
  // The physical digit key: Alt+digit types other characters on some layouts.
  matches: (chord) => only(chord, { alt: true }) && chord.code === `Digit${index + 1}`,
}));

/** Every keyboard shortcut of the console; the help overlay is drawn from this table. */
export const SHORTCUTS: readonly Shortcut[] = [
  ...viewShortcuts,
  {
    keys: 'Ctrl+Shift+T',
    description: 'Open a new terminal',
    group: 'Terminals',
    scope: 'anywhere',
    repeats: false,
    action: { type: 'new-terminal' },
    matches: (chord) => only(chord, { ctrl: true, shift: true }) && letter(chord, 't'),
  },
  {
    keys: 'Ctrl+Shift+W',
    description: 'Close the active terminal',
    group: 'Terminals',
    scope: 'anywhere',
    repeats: false,
    action: { type: 'close-terminal' },
    matches: (chord) => only(chord, { ctrl: true, shift: true }) && letter(chord, 'w'),
  },
  {
    keys: 'Ctrl+PageUp',
    description: 'Previous terminal tab',
    group: 'Terminals',
    scope: 'anywhere',
    repeats: true,
    action: { type: 'previous-tab' },
    matches: (chord) => only(chord, { ctrl: true }) && chord.key === 'PageUp',
  },
  {
    keys: 'Ctrl+PageDown',
    description: 'Next terminal tab',
    group: 'Terminals',
    scope: 'anywhere',
    repeats: true,
    action: { type: 'next-tab' },
    matches: (chord) => only(chord, { ctrl: true }) && chord.key === 'PageDown',
  },
  {
    keys: 'Ctrl+Shift+F',
    description: 'Find in the active terminal',
    group: 'Terminals',
    scope: 'anywhere',
    repeats: false,
    action: { type: 'find' },
    matches: (chord) => only(chord, { ctrl: true, shift: true }) && letter(chord, 'f'),
  },
  {
    keys: 'Ctrl+Shift+L',
    description: 'Log an issue (title and severity), from any view',
    group: 'Journal',
    scope: 'anywhere',
    repeats: false,
    action: { type: 'log-issue' },
    // Free in browsers; in a shell it would only repeat Ctrl+L (clear screen), which stays.
    matches: (chord) => only(chord, { ctrl: true, shift: true }) && letter(chord, 'l'),
  },
  {
    keys: 'F1',
    description: 'Show or hide these shortcuts',
    group: 'Help',
    scope: 'anywhere',
    repeats: false,
    action: { type: 'toggle-help' },
    matches: (chord) => only(chord, {}) && chord.key === 'F1',
  },
  {
    keys: '?',
    description: 'Show or hide these shortcuts (outside a terminal)',
    group: 'Help',
    scope: 'page',
    repeats: false,
    action: { type: 'toggle-help' },
    // Shift is how most layouts type '?', so it is not checked.
    matches: (chord) => chord.key === '?' && !chord.ctrlKey && !chord.altKey && !chord.metaKey,
  },
  {
    keys: 'Escape',
    description: 'Close this help or the find bar',
    group: 'Help',
    scope: 'outside-terminal',
    repeats: false,
    action: { type: 'dismiss' },
    matches: (chord) => only(chord, {}) && chord.key === 'Escape',
  },
];

const scopesFiring: Record<FocusContext, readonly ShortcutScope[]> = {
  terminal: ['anywhere'],
  'text-field': ['anywhere', 'outside-terminal'],
  page: ['anywhere', 'outside-terminal', 'page'],
};

/** The shortcut a key press triggers where the focus is, if any. */
export function matchShortcut(chord: KeyChord, context: FocusContext): Shortcut | undefined {
  return SHORTCUTS.find(
    (shortcut) => scopesFiring[context].includes(shortcut.scope) && shortcut.matches(chord),
  );
}

/** True for the keys a focused terminal leaves to the console instead of the shell. */
export function isTerminalPassThrough(chord: KeyChord): boolean {
  return matchShortcut(chord, 'terminal') !== undefined;
}

/** The keys of the first shortcut doing this, for tooltips. */
export function keysFor(isAction: (action: ShortcutAction) => boolean): string | undefined {
  return SHORTCUTS.find((shortcut) => isAction(shortcut.action))?.keys;
}
