import { useStore } from 'zustand';
import type { RunbookSummary } from '../../../shared/runbookRunTypes';
import { isActive, selectRunFor } from '../../state/runbooks/runsStore';
import { useNow, useRunbooks } from './runbookHooks';
import { whenText } from './runbookText';
import { RunStatusBadge } from './StatusBadges';

/** One runbook in the list: title, steps, problems, and its run going on or its last result. */
export function RunbookRow({
  summary,
  open,
  highlighted,
  showPhase,
  onOpen,
  onFocus,
}: {
  summary: RunbookSummary;
  open: boolean;
  highlighted: boolean;
  showPhase: boolean;
  onOpen(): void;
  onFocus(): void;
}) {
  const { runs } = useRunbooks();
  const run = useStore(runs, (state) => selectRunFor(state, summary.id));
  const now = useNow(false);
  const live = run !== null && isActive(run) ? run : null;
  const { lastRun } = summary;
  return (
    <li>
      <button
        type="button"
        className={`rb-row${highlighted ? ' rb-row-highlighted' : ''}`}
        aria-current={open ? 'true' : undefined}
        onClick={onOpen}
        onFocus={onFocus}
        data-runbook-id={summary.id}
        data-testid={`runbook-row-${summary.id}`}
      >
        <span className="rb-row-title">{summary.title}</span>
        <span className="rb-row-facts">
          <span className="rb-muted">
            {summary.stepCount === 1 ? '1 step' : `${summary.stepCount} steps`}
          </span>
          {showPhase && summary.phase && <span className="rb-tag">{summary.phase}</span>}
          {summary.problemCount > 0 && (
            <span className="rb-problem-count" data-testid={`runbook-problems-${summary.id}`}>
              {summary.problemCount === 1 ? '1 problem' : `${summary.problemCount} problems`}
            </span>
          )}
        </span>
        <span className="rb-row-last" data-testid={`runbook-last-${summary.id}`}>
          {live ? (
            <>
              <RunStatusBadge status={live.status} />
              {live.confirmation && <span className="rb-needs-you">waits for confirmation</span>}
              <span className="rb-muted">by {live.startedBy}</span>
            </>
          ) : lastRun ? (
            <>
              <RunStatusBadge status={lastRun.status} />
              <span className="rb-muted">
                {whenText(lastRun.startedAt, now)} by {lastRun.startedBy}
              </span>
            </>
          ) : (
            <span className="rb-muted">never run</span>
          )}
        </span>
      </button>
    </li>
  );
}
