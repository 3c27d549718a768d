import { createRunbookDetailStore, type RunbookDetailStore } from './runbookDetailStore';
import { createRunbookListStore, type RunbookListStore } from './runbookListStore';
import type { RunbooksAccess } from './runbooksAccess';
import { createRunFormStore, type RunFormStore } from './runFormStore';
import { createRunsStore, type RunsStore } from './runsStore';

/** Every store of the runbooks view. */
export interface RunbookStores {
  readonly list: RunbookListStore;
  readonly detail: RunbookDetailStore;
  readonly runs: RunsStore;
  readonly form: RunFormStore;
}

export function createRunbookStores(access: RunbooksAccess): RunbookStores {
  const runs = createRunsStore(access);
  return {
    list: createRunbookListStore(access),
    detail: createRunbookDetailStore(access),
    runs,
    // A run the form starts is followed at once, before its first runs.changed arrives.
    form: createRunFormStore(access, (run) => runs.getState().apply(run)),
  };
}
