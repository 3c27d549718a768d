import type { ISearchOptions } from '@xterm/addon-search';
import type { ITerminalOptions } from '@xterm/xterm';

/** The same system monospace stack as the page: no web fonts, nothing fetched. */
const MONOSPACE_STACK =
  'ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace';

/** Lines kept above the screen; a day of output is in the host's transcript, not here. */
const SCROLLBACK_LINES = 10_000;

/** WCAG AA for text: programs that print dim colours stay readable on a wall screen. */
const MINIMUM_CONTRAST_RATIO = 4.5;

export const XTERM_OPTIONS: ITerminalOptions = {
  // The search addon highlights every match with decorations, a proposed API.
  allowProposedApi: true,
  fontFamily: MONOSPACE_STACK,
  fontSize: 14,
  lineHeight: 1.15,
  scrollback: SCROLLBACK_LINES,
  minimumContrastRatio: MINIMUM_CONTRAST_RATIO,
  cursorStyle: 'block',
  theme: {
    background: '#0a0d12',
    foreground: '#e6edf3',
    cursor: '#ffd33d',
    cursorAccent: '#0a0d12',
    selectionBackground: '#3b5070',
    black: '#484f58',
    red: '#ff7b72',
    green: '#3fb950',
    yellow: '#d29922',
    blue: '#58a6ff',
    magenta: '#bc8cff',
    cyan: '#39c5cf',
    white: '#c9d1d9',
    brightBlack: '#6e7681',
    brightRed: '#ffa198',
    brightGreen: '#56d364',
    brightYellow: '#e3b341',
    brightBlue: '#79c0ff',
    brightMagenta: '#d2a8ff',
    brightCyan: '#56d4dd',
    brightWhite: '#f0f6fc',
  },
};

/** How matches of a search are highlighted; the addon wants #RRGGBB colours. */
export const SEARCH_OPTIONS: ISearchOptions = {
  decorations: {
    matchBackground: '#5a4a00',
    matchBorder: '#d29922',
    matchOverviewRuler: '#d29922',
    activeMatchBackground: '#b07d00',
    activeMatchBorder: '#ffd33d',
    activeMatchColorOverviewRuler: '#ffd33d',
  },
};
