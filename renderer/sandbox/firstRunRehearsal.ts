import type { JournalDayStore } from '../state/journal/journalDayStore';
import type { NavigationStore } from '../state/navigationStore';
import type { SandboxStore } from '../state/sandbox/sandboxStore';
import { firstRunDecision } from './firstRunRule';

/**
 * Decides once per start of the console, as soon as the sandbox and the journal have answered,
 * whether to open the Rehearsal view (see firstRunDecision); later reconnects decide nothing.
 * Returns the function that stops waiting.
 */
export function openRehearsalOnFirstRun(
  sandbox: SandboxStore,
  day: JournalDayStore,
  navigation: NavigationStore,
): () => void {
  let userNavigated = false;
  const decide = () => {
    const decision = firstRunDecision({
      sandbox: sandbox.getState().status,
      // The day store has its status and its days from the same answer.
      journalDays: day.getState().status === null ? null : day.getState().days,
      userNavigated,
    });
    if (decision === 'wait') return;
    stop();
    if (decision === 'open') navigation.getState().show('rehearsal');
  };
  const stops = [
    sandbox.subscribe(decide),
    day.subscribe(decide),
    navigation.subscribe((state, previous) => {
      if (state.view === previous.view) return;
      userNavigated = true;
      decide();
    }),
  ];
  const stop = () => {
    for (const unsubscribe of stops) unsubscribe();
  };
  decide();
  return stop;
}
