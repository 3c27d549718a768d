import { useState } from 'react';
import { useStore } from 'zustand';
import type { LoadPresetName, SandboxStatus } from '../../../shared/sandboxTypes';
import { selectIsBusy } from '../../state/sandbox/sandboxStore';
import { LoadPresetSelect } from './LoadPresetSelect';
import { LoadProgress } from './LoadProgress';
import { NOT_RUNNING, useBlockedReason, useSandbox } from './rehearsalHooks';
import { loadEndDescription } from './sandboxText';

/** The load generator: a preset to start, its progress while it runs, and how the last run ended. */
export function LoadPanel({ status }: { status: SandboxStatus }) {
  const sandbox = useSandbox();
  const busy = useStore(sandbox, selectIsBusy);
  const blocked = useBlockedReason(status.state === 'running' ? null : NOT_RUNNING);
  const [preset, setPreset] = useState<LoadPresetName>(status.defaultLoad ?? 'smoke');
  const { load } = status;
  const title = blocked ?? undefined;

  return (
    <section className="rehearsal-card" aria-labelledby="rehearsal-load-title">
      <h2 id="rehearsal-load-title">Load</h2>
      <div className="rehearsal-row">
        <LoadPresetSelect<LoadPresetName>
          label="Profile"
          value={preset}
          onChange={setPreset}
          disabled={blocked !== null || load.running}
          title={title}
          testId="load-preset"
        />
        <button
          type="button"
          className="primary-button"
          disabled={blocked !== null || busy || load.running}
          title={title}
          onClick={() => void sandbox.getState().startLoad(preset)}
          data-testid="load-start"
        >
          Start load
        </button>
        <button
          type="button"
          className="plain-button"
          disabled={blocked !== null || busy || !load.running}
          title={title}
          onClick={() => void sandbox.getState().stopLoad()}
          data-testid="load-stop"
        >
          Stop load
        </button>
      </div>
      {load.running && !load.progress && (
        <p className="rehearsal-muted" role="status">
          Load {load.preset} is starting…
        </p>
      )}
      {load.running && load.progress && (
        <>
          <p role="status" data-testid="load-running">
            Load <strong>{load.preset}</strong> running
          </p>
          <LoadProgress progress={load.progress} running />
        </>
      )}
      {!load.running && load.endedBy && (
        <div data-testid="load-ended" data-ended-by={load.endedBy}>
          <p>
            The last run{load.preset && <> ({load.preset})</>} {loadEndDescription(load.endedBy)}.
          </p>
          {load.progress && <LoadProgress progress={load.progress} running={false} />}
        </div>
      )}
      {!load.running && !load.endedBy && <p className="rehearsal-muted">No load has run yet.</p>}
    </section>
  );
}
