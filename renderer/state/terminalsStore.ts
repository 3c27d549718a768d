import { createStore } from 'zustand/vanilla';
import type { TerminalId, TerminalInfo } from '../../shared/terminalTypes';

/** What a tab shows of a terminal: metadata only, never its output. */
export interface TerminalTab {
  readonly id: TerminalId;
  readonly title: string;
  /** null while the process runs. */
  readonly exitCode: number | null;
  readonly signal: number | null;
}

export interface TerminalsState {
  /** In the host's order: oldest first. */
  tabs: readonly TerminalTab[];
  activeId: TerminalId | null;
  /** The last failed action (open, close), in words; cleared by the next success. */
  actionError: string | null;
  /** Replaces the tabs with the host's list; the active tab stays, or passes to its neighbour. */
  syncList(terminals: readonly TerminalInfo[]): void;
  /** Adds or updates one terminal, keeping the others. */
  upsert(terminal: TerminalInfo): void;
  markExited(id: TerminalId, exitCode: number, signal: number | null): void;
  remove(id: TerminalId): void;
  activate(id: TerminalId): void;
  activateNext(): void;
  activatePrevious(): void;
  setActionError(message: string | null): void;
}

export type TerminalsStore = ReturnType<typeof createTerminalsStore>;

export function createTerminalsStore() {
  return createStore<TerminalsState>()((set, get) => ({
    tabs: [],
    activeId: null,
    actionError: null,
    syncList: (terminals) => {
      const { tabs, activeId } = get();
      const next = terminals.map((info) =>
        toTab(
          info,
          tabs.find((tab) => tab.id === info.id),
        ),
      );
      set({ tabs: next, activeId: keepActive(tabs, next, activeId) });
    },
    upsert: (terminal) => {
      const { tabs, activeId } = get();
      const index = tabs.findIndex((tab) => tab.id === terminal.id);
      const tab = toTab(terminal, tabs[index]);
      const next = index === -1 ? [...tabs, tab] : tabs.map((t, i) => (i === index ? tab : t));
      set({ tabs: next, activeId: activeId ?? tab.id });
    },
    markExited: (id, exitCode, signal) =>
      set(({ tabs }) => ({ tabs: tabs.map((tab) => (tab.id === id ? { ...tab, exitCode, signal } : tab)) })),
    remove: (id) => {
      const { tabs, activeId } = get();
      const next = tabs.filter((tab) => tab.id !== id);
      set({ tabs: next, activeId: keepActive(tabs, next, activeId) });
    },
    activate: (id) => {
      if (get().tabs.some((tab) => tab.id === id)) set({ activeId: id });
    },
    activateNext: () => set((state) => ({ activeId: cycle(state, 1) })),
    activatePrevious: () => set((state) => ({ activeId: cycle(state, -1) })),
    setActionError: (actionError) => set({ actionError }),
  }));
}

/** A terminal that has exited stays exited, even if a list sent before its exit arrives late. */
function toTab(info: TerminalInfo, known: TerminalTab | undefined): TerminalTab {
  const exited = info.exitCode === null && known?.exitCode != null ? known : info;
  return { id: info.id, title: info.title, exitCode: exited.exitCode, signal: exited.signal };
}

/** The active tab if it is still there; else the one that took its place, else the one before it. */
function keepActive(
  before: readonly TerminalTab[],
  after: readonly TerminalTab[],
  activeId: TerminalId | null,
): TerminalId | null {
  if (after.length === 0) return null;
  if (activeId !== null && after.some((tab) => tab.id === activeId)) return activeId;
  const oldIndex = before.findIndex((tab) => tab.id === activeId);
  if (oldIndex === -1) return after[0]?.id ?? null;
  const survivorsAfter = before.slice(oldIndex + 1).find((tab) => after.some((t) => t.id === tab.id));
  const survivorsBefore = before
    .slice(0, oldIndex)
    .reverse()
    .find((tab) => after.some((t) => t.id === tab.id));
  return (survivorsAfter ?? survivorsBefore ?? after[0])?.id ?? null;
}

function cycle(state: TerminalsState, step: 1 | -1): TerminalId | null {
  const { tabs, activeId } = state;
  if (tabs.length === 0) return null;
  const index = tabs.findIndex((tab) => tab.id === activeId);
  const next = (index + step + tabs.length) % tabs.length;
  return tabs[index === -1 ? 0 : next]?.id ?? null;
}

export const selectTabs = (state: TerminalsState): readonly TerminalTab[] => state.tabs;
export const selectActiveId = (state: TerminalsState): TerminalId | null => state.activeId;
export const selectActionError = (state: TerminalsState): string | null => state.actionError;
export const hasExited = (tab: TerminalTab): boolean => tab.exitCode !== null;
