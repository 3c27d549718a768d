import { useState } from 'react';
import { useStore } from 'zustand';
import type { SandboxStatus } from '../../../shared/sandboxTypes';
import { clockTime } from '../../journal/timeFormat';
import { selectIsBusy } from '../../state/sandbox/sandboxStore';
import { ConfirmDialog } from './ConfirmDialog';
import { useBlockedReason, useSandbox } from './rehearsalHooks';

/** Who runs the sandbox, since when, where it answers, and the Stop button (asked twice). */
export function RunSummary({ status }: { status: SandboxStatus }) {
  const sandbox = useSandbox();
  const busy = useStore(sandbox, selectIsBusy);
  const blocked = useBlockedReason();
  const [confirming, setConfirming] = useState(false);
  const stopping = status.state === 'stopping';

  const stop = () => {
    setConfirming(false);
    void sandbox.getState().stop();
  };

  return (
    <section className="rehearsal-card" aria-labelledby="rehearsal-run-title">
      <h2 id="rehearsal-run-title">Sandbox</h2>
      <p data-testid="rehearsal-owner" data-owner={status.owner ?? ''}>
        {status.owner === 'cli' ? (
          <>
            Run by <code>warroom sandbox start</code>
          </>
        ) : (
          'Run by this console'
        )}
        {status.startedAt !== null && <>, started at {clockTime(status.startedAt)}</>}
        {status.startedBy && <> by {status.startedBy}</>}
      </p>
      {status.serviceUrl && (
        <p>
          Service: <code data-testid="rehearsal-service-url">{status.serviceUrl}</code>
        </p>
      )}
      <button
        type="button"
        className="danger-button"
        disabled={blocked !== null || busy || stopping}
        title={blocked ?? 'Ends the service, Prometheus and any load'}
        onClick={() => setConfirming(true)}
        data-testid="rehearsal-stop"
      >
        {stopping ? 'Stopping…' : 'Stop rehearsal'}
      </button>
      {confirming && (
        <ConfirmDialog
          heading="Stop the rehearsal?"
          confirmLabel="Stop the sandbox"
          onConfirm={stop}
          onCancel={() => setConfirming(false)}
        >
          This ends the system under test: the sandbox service, its Prometheus and any load running.
        </ConfirmDialog>
      )}
    </section>
  );
}
