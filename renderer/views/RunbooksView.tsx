import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';
import { ErrorNotice } from './journal/ErrorNotice';
import { RunbookList } from './runbooks/RunbookList';
import { RunbookPane } from './runbooks/RunbookPane';
import { RunForm } from './runbooks/RunForm';
import { useCanOperate, useRunbooks } from './runbooks/runbookHooks';

/** The workspace's runbooks: the list by kind and phase, and the one opened, with its steps runnable. */
export function RunbooksView() {
  const { list, detail, runs, form } = useRunbooks();
  const canOperate = useCanOperate();
  const introduced = useStore(useServices().host.connection, (state) => state.role !== null);
  const listError = useStore(list, (state) => state.error);
  const detailError = useStore(detail, (state) => state.error);
  const runsError = useStore(runs, (state) => state.error);
  // The form says its own errors while it shows; one that closed it (a refused plan) is said here.
  const formError = useStore(form, (state) => (state.phase === 'idle' ? state.error : null));
  return (
    <section className="view runbooks-view" aria-labelledby="view-title-runbooks" data-testid="runbooks-view">
      <header className="rb-header">
        <h1 id="view-title-runbooks">Runbooks</h1>
      </header>
      {introduced && !canOperate && (
        <p className="read-only-note" data-testid="runbooks-read-only">
          Read-only: you can follow runbooks and their runs, but not tick, run or confirm anything.
        </p>
      )}
      <ErrorNotice
        message={listError}
        onDismiss={() => list.getState().dismissError()}
        testId="runbooks-error"
      />
      <ErrorNotice
        message={detailError}
        onDismiss={() => detail.getState().dismissError()}
        testId="runbook-error"
      />
      <ErrorNotice message={runsError} onDismiss={() => runs.getState().dismissError()} testId="runs-error" />
      <ErrorNotice message={formError} onDismiss={() => form.getState().cancel()} testId="run-form-error" />
      <div className="rb-body">
        <RunbookList />
        <RunbookPane />
      </div>
      <RunForm />
    </section>
  );
}
