import { useStore } from 'zustand';
import type { SandboxStatus } from '../../shared/sandboxTypes';
import { useServices } from '../app/servicesContext';
import { selectIsViewer } from '../state/connectionStore';
import { selectSandboxStatus } from '../state/sandbox/sandboxStore';
import { ErrorNotice } from './journal/ErrorNotice';
import { FaultPanel } from './rehearsal/FaultPanel';
import { HealthPanel } from './rehearsal/HealthPanel';
import { LoadPanel } from './rehearsal/LoadPanel';
import { RehearsalStart } from './rehearsal/RehearsalStart';
import { RunSummary } from './rehearsal/RunSummary';
import { useSandbox } from './rehearsal/rehearsalHooks';

/** The sandbox on a laptop: start it, break it, load it, and watch the console see it. */
export function RehearsalView() {
  const status = useStore(useSandbox(), selectSandboxStatus);
  return (
    <section
      className="view rehearsal-view"
      aria-labelledby="view-title-rehearsal"
      data-testid="rehearsal-view"
    >
      <header className="rehearsal-header">
        <h1 id="view-title-rehearsal">Rehearsal</h1>
        {status?.environment && <span className="rehearsal-muted">environment {status.environment}</span>}
        {status && status.unavailable === null && (
          <span
            className={`sandbox-state state-${status.state}`}
            data-testid="rehearsal-state"
            data-state={status.state}
          >
            {status.state}
          </span>
        )}
      </header>
      {status === null ? (
        <p className="rehearsal-muted rehearsal-body">Asking the host about the sandbox…</p>
      ) : status.unavailable !== null ? (
        <p className="rehearsal-body rehearsal-unavailable" data-testid="rehearsal-unavailable">
          No rehearsal sandbox here: {status.unavailable.replace(/\.$/, '')}.
        </p>
      ) : (
        <RehearsalBody status={status} />
      )}
    </section>
  );
}

function RehearsalBody({ status }: { status: SandboxStatus }) {
  const { sandbox, host } = useServices();
  const error = useStore(sandbox, (state) => state.error);
  const viewer = useStore(host.connection, selectIsViewer);
  const stopped = status.state === 'stopped' || status.state === 'starting';
  return (
    <>
      {viewer && (
        <p className="read-only-note">
          Read-only: you can watch the rehearsal, but not start, break or load it.
        </p>
      )}
      <ErrorNotice
        message={error}
        onDismiss={() => sandbox.getState().dismissError()}
        testId="rehearsal-error"
      />
      <div className="rehearsal-body rehearsal-grid">
        {stopped ? (
          <RehearsalStart status={status} />
        ) : (
          <>
            <RunSummary status={status} />
            <HealthPanel status={status} />
          </>
        )}
        <FaultPanel status={status} />
        <LoadPanel status={status} />
      </div>
    </>
  );
}
