import { useState } from 'react';
import { useStore } from 'zustand';
import type { SandboxStatus } from '../../../shared/sandboxTypes';
import { selectIsBusy, selectStartProblem } from '../../state/sandbox/sandboxStore';
import { type LoadChoice, LoadPresetSelect } from './LoadPresetSelect';
import { useBlockedReason, useSandbox } from './rehearsalHooks';

/** What "Start rehearsal" brings up, in words, for the load chosen. */
function startsWhat(load: LoadChoice): string {
  const loadPart =
    load === 'none' ? 'no load yet (start it below when you are ready)' : `the ${load} load profile`;
  return `It starts the sandbox service (a small HTTP API with real metrics), a Prometheus this console manages, and ${loadPart}.`;
}

/** The call to action while the sandbox is stopped, and its progress while it starts. */
export function RehearsalStart({ status }: { status: SandboxStatus }) {
  const sandbox = useSandbox();
  const busy = useStore(sandbox, selectIsBusy);
  const problem = useStore(sandbox, selectStartProblem);
  const [load, setLoad] = useState<LoadChoice>(status.defaultLoad ?? 'none');
  const blocked = useBlockedReason();
  const starting = status.state === 'starting';

  return (
    <section className="rehearsal-card rehearsal-start" aria-labelledby="rehearsal-start-title">
      <h2 id="rehearsal-start-title">Rehearse a test day</h2>
      <p className="rehearsal-lead">
        {startsWhat(load)} Then break it on purpose below and watch the console, and the journal, see it.
      </p>
      <div className="rehearsal-row">
        <LoadPresetSelect
          label="Load"
          value={load}
          onChange={setLoad}
          withNone
          disabled={blocked !== null || starting}
          title={blocked ?? undefined}
          testId="rehearsal-load-choice"
        />
        <button
          type="button"
          className="primary-button rehearsal-cta"
          disabled={blocked !== null || busy || starting}
          title={blocked ?? undefined}
          onClick={() => void sandbox.getState().start(load === 'none' ? null : load)}
          data-testid="rehearsal-start"
        >
          {starting ? 'Starting…' : 'Start rehearsal'}
        </button>
      </div>
      {problem && (
        <p className="rehearsal-warning" data-testid="rehearsal-problem">
          The last start failed: {problem}
        </p>
      )}
      {starting && (
        <p className="rehearsal-progress" role="status" data-testid="rehearsal-starting">
          <progress aria-label="Starting the sandbox" />
          Starting the service and Prometheus; this takes a few seconds.
        </p>
      )}
    </section>
  );
}
