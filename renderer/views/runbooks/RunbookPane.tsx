import { useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import type { RunbookDetail, RunState } from '../../../shared/runbookRunTypes';
import { selectDetail } from '../../state/runbooks/runbookDetailStore';
import { isActive, selectRunFor } from '../../state/runbooks/runsStore';
import { ProblemList } from './ProblemList';
import { RunBar } from './RunBar';
import { RunbookDocument } from './RunbookDocument';
import { RunHistory } from './RunHistory';
import { useCanOperate, useRunbooks } from './runbookHooks';
import { StepCard } from './StepCard';

/** Names for the kinds, as the runbook's header shows them. */
const KIND_LABELS = { checklist: 'checklist', quickfix: 'quick fix', drill: 'drill' } as const;

/** The runbook opened: its header and Run all, its problems, the current run, the document, the history. */
export function RunbookPane() {
  const { detail, runs } = useRunbooks();
  const openId = useStore(detail, (state) => state.openId);
  const data = useStore(detail, selectDetail);
  const run = useStore(runs, (state) => selectRunFor(state, openId));
  if (openId === null) {
    return (
      <div className="rb-pane rb-pane-empty" data-testid="runbook-pane">
        <p className="rb-muted">Pick a runbook on the left (↑ ↓ and Enter from the filter).</p>
      </div>
    );
  }
  if (data === null || data.id !== openId) {
    return (
      <div className="rb-pane" data-testid="runbook-pane">
        <p className="rb-muted">Loading {openId}…</p>
      </div>
    );
  }
  return <OpenRunbook data={data} run={run} />;
}

function OpenRunbook({ data, run }: { data: RunbookDetail; run: RunState | null }) {
  const { form } = useRunbooks();
  const canOperate = useCanOperate();
  const formOpen = useStore(form, (state) => state.phase !== 'idle');
  const { runbook, problems, checks } = data;
  const stepsById = useMemo(() => new Map(runbook?.steps.map((step) => [step.id, step])), [runbook]);
  const renderStep = useCallback(
    (stepId: string) => {
      const step = stepsById.get(stepId);
      if (!step) return null;
      return (
        <StepCard
          runbookId={data.id}
          step={step}
          run={run}
          problems={problems.filter((problem) => problem.line === step.line)}
          check={checks.find((check) => check.stepId === stepId) ?? null}
        />
      );
    },
    [stepsById, data.id, run, problems, checks],
  );
  const running = run !== null && isActive(run);

  return (
    <article
      className="rb-pane"
      aria-labelledby="rb-pane-title"
      data-testid="runbook-pane"
      data-runbook-id={data.id}
    >
      <header className="rb-pane-head">
        <h2 id="rb-pane-title">{runbook?.title ?? data.id}</h2>
        {runbook?.kind && <span className="rb-tag">{KIND_LABELS[runbook.kind]}</span>}
        {runbook?.phase && <span className="rb-tag">{runbook.phase}</span>}
        <span className="rb-muted rb-mono">{data.id}</span>
        {canOperate && runbook && (
          <button
            type="button"
            className="primary-button rb-run-all"
            disabled={running || formOpen || runbook.steps.length === 0}
            title={running ? 'A run of this runbook is going on.' : undefined}
            onClick={() => void form.getState().open(data.id, null)}
            data-testid="run-all"
          >
            Run all
          </button>
        )}
      </header>
      {runbook?.description && <p className="rb-description">{runbook.description}</p>}
      <ProblemList problems={problems} />
      {run && <RunBar run={run} runbook={runbook} />}
      {runbook ? (
        <RunbookDocument blocks={runbook.blocks} renderStep={renderStep} />
      ) : (
        <p className="rb-muted">This runbook could not be read: its problems above say why.</p>
      )}
      <RunHistory history={data.history} />
    </article>
  );
}
