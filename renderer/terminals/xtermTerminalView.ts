import { FitAddon } from '@xterm/addon-fit';
import { type ISearchResultChangeEvent, SearchAddon } from '@xterm/addon-search';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { type IDisposable, Terminal } from '@xterm/xterm';
import type { TerminalSize } from '../../shared/terminalTypes';
import type { TerminalRendererSetting } from '../state/settingsStore';
import type { TerminalView, TerminalViewEvents } from './terminalView';
import { loadWebglRenderer } from './webglRenderer';
import { SEARCH_OPTIONS, XTERM_OPTIONS } from './xtermOptions';

/** A drag of the window edge settles before the pty is resized, once. */
const RESIZE_SETTLE_MS = 60;

export interface XtermTerminalViewOptions {
  events: TerminalViewEvents;
  renderer: TerminalRendererSetting;
  /** Keys the console keeps for its shortcuts; xterm lets them pass to the page. */
  isAppShortcut(event: KeyboardEvent): boolean;
}

export type SearchResults = ISearchResultChangeEvent;

/**
 * One terminal's xterm. It lives as long as the terminal, whatever React does: its element
 * moves into a pane, and it opens there the first time it is shown (xterm measures on open).
 */
export class XtermTerminalView implements TerminalView {
  /** Goes into the pane; the xterm opens inside it. */
  readonly element: HTMLDivElement;
  private readonly terminal = new Terminal(XTERM_OPTIONS);
  private readonly fitAddon = new FitAddon();
  private readonly searchAddon = new SearchAddon();
  private readonly resizeObserver = new ResizeObserver(() => this.fit());
  private readonly subscriptions: IDisposable[];
  private renderer: TerminalRendererSetting;
  private webgl: IDisposable | null = null;
  private readOnly = false;
  private opened = false;
  private visible = false;
  private fitted = false;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: XtermTerminalViewOptions) {
    this.renderer = options.renderer;
    this.element = document.createElement('div');
    this.element.className = 'terminal-screen';
    this.terminal.loadAddon(this.fitAddon);
    this.terminal.loadAddon(this.searchAddon);
    this.terminal.loadAddon(new WebLinksAddon());
    this.terminal.attachCustomKeyEventHandler((event) => !options.isAppShortcut(event));
    this.subscriptions = [
      this.terminal.onData((data) => options.events.input(data)),
      this.terminal.onResize((size) => this.settleResize(size)),
    ];
    this.resizeObserver.observe(this.element);
  }

  write(data: string, parsed?: () => void): void {
    this.terminal.write(data, parsed);
  }

  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
    this.terminal.options.disableStdin = readOnly;
    this.fit();
  }

  followHostSize({ cols, rows }: TerminalSize): void {
    if (this.readOnly && (cols !== this.terminal.cols || rows !== this.terminal.rows)) {
      this.terminal.resize(cols, rows);
    }
  }

  fittedSize(): TerminalSize | null {
    return this.fitted ? { cols: this.terminal.cols, rows: this.terminal.rows } : null;
  }

  /** Puts the screen in its pane; the same element moves if the pane is rebuilt. */
  mount(container: HTMLElement): void {
    if (this.element.parentElement !== container) container.appendChild(this.element);
  }

  show(): void {
    this.visible = true;
    if (!this.opened) {
      this.terminal.open(this.element);
      this.opened = true;
      this.applyRenderer();
    }
    this.fit();
  }

  hide(): void {
    this.visible = false;
  }

  focus(): void {
    this.terminal.focus();
  }

  setRenderer(renderer: TerminalRendererSetting): void {
    if (renderer === this.renderer) return;
    this.renderer = renderer;
    if (this.opened) this.applyRenderer();
  }

  findNext(query: string, incremental = false): void {
    this.searchAddon.findNext(query, { ...SEARCH_OPTIONS, incremental });
  }

  findPrevious(query: string): void {
    this.searchAddon.findPrevious(query, SEARCH_OPTIONS);
  }

  clearSearch(): void {
    this.searchAddon.clearDecorations();
    this.terminal.clearSelection();
  }

  onSearchResults(listener: (results: SearchResults) => void): IDisposable {
    return this.searchAddon.onDidChangeResults(listener);
  }

  dispose(): void {
    clearTimeout(this.resizeTimer);
    this.resizeObserver.disconnect();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.terminal.dispose();
    this.element.remove();
  }

  private applyRenderer(): void {
    if (this.renderer === 'dom') {
      this.webgl?.dispose();
      this.webgl = null;
    } else if (!this.webgl) {
      this.webgl = loadWebglRenderer(this.terminal);
    }
  }

  /** Fits an operator's screen to its box; a hidden box (no size) is left alone. */
  private fit(): void {
    if (!this.opened || !this.visible || this.readOnly) return;
    if (this.element.clientWidth === 0 || this.element.clientHeight === 0) return;
    this.fitAddon.fit();
    this.fitted = true;
  }

  private settleResize({ cols, rows }: TerminalSize): void {
    if (this.readOnly) return;
    clearTimeout(this.resizeTimer);
    // Only the two numbers: xterm's event carries more, and the host's schema is strict.
    this.resizeTimer = setTimeout(() => this.options.events.resized({ cols, rows }), RESIZE_SETTLE_MS);
  }
}
