import { useState } from 'react';
import { useStore } from 'zustand';
import type { FaultSpec, SandboxStatus } from '../../../shared/sandboxTypes';
import { selectIsBusy } from '../../state/sandbox/sandboxStore';
import { ConfirmDialog } from './ConfirmDialog';
import { FaultsInForce } from './FaultsInForce';
import { LatencyFaultForm } from './LatencyFaultForm';
import { NOT_RUNNING, useBlockedReason, useSandbox } from './rehearsalHooks';
import { ShareFaultForm } from './ShareFaultForm';

const errorsFault = (rate: number): FaultSpec => ({ kind: 'errors', rate });
const cpuFault = (share: number): FaultSpec => ({ kind: 'cpu', share });

/** Breaking the sandbox on purpose: each control sends one fault, which the host journals first. */
export function FaultPanel({ status }: { status: SandboxStatus }) {
  const sandbox = useSandbox();
  const busy = useStore(sandbox, selectIsBusy);
  const blocked = useBlockedReason(status.state === 'running' ? null : NOT_RUNNING);
  const [confirmingCrash, setConfirmingCrash] = useState(false);
  const disabled = blocked !== null || busy;
  const title = blocked ?? undefined;
  const send = (fault: FaultSpec) => void sandbox.getState().fault(fault);

  return (
    <section className="rehearsal-card" aria-labelledby="rehearsal-faults-title">
      <h2 id="rehearsal-faults-title">Faults</h2>
      {status.state === 'running' && <FaultsInForce faults={status.faults} />}
      <LatencyFaultForm disabled={disabled} title={title} />
      <ShareFaultForm
        label="Error rate"
        action="Set error rate"
        toFault={errorsFault}
        disabled={disabled}
        title={title}
        testId="fault-errors"
      />
      <ShareFaultForm
        label="CPU burn"
        action="Set CPU burn"
        toFault={cpuFault}
        disabled={disabled}
        title={title}
        testId="fault-cpu"
      />
      <fieldset className="rehearsal-row fault-buttons">
        <legend className="visually-hidden">Dependency and process faults</legend>
        <button
          type="button"
          className="plain-button"
          disabled={disabled}
          title={title ?? 'The service reports its dependency down and degrades'}
          onClick={() => send({ kind: 'dependency', state: 'down' })}
          data-testid="fault-dependency-down"
        >
          Dependency down
        </button>
        <button
          type="button"
          className="plain-button"
          disabled={disabled}
          title={title}
          onClick={() => send({ kind: 'dependency', state: 'up' })}
          data-testid="fault-dependency-up"
        >
          Dependency up
        </button>
        <button
          type="button"
          className="danger-button"
          disabled={disabled}
          title={title ?? 'Kills the service process; the supervisor restarts it'}
          onClick={() => setConfirmingCrash(true)}
          data-testid="fault-crash"
        >
          Crash the service
        </button>
        <button
          type="button"
          className="plain-button"
          disabled={disabled}
          title={title}
          onClick={() => send({ kind: 'clear' })}
          data-testid="fault-clear"
        >
          Clear all faults
        </button>
      </fieldset>
      {confirmingCrash && (
        <ConfirmDialog
          heading="Crash the service?"
          confirmLabel="Crash it"
          onConfirm={() => {
            setConfirmingCrash(false);
            send({ kind: 'crash' });
          }}
          onCancel={() => setConfirmingCrash(false)}
        >
          The service process dies at once; its supervisor starts it again after the workspace’s restart
          delay. Requests fail until it is back.
        </ConfirmDialog>
      )}
    </section>
  );
}
