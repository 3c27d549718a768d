import type { CheckState, RunState } from '../../../shared/runbookRunTypes';
import type { RunbookProblem, RunbookStep } from '../../../shared/runbookTypes';
import { stepRunOf } from '../../state/runbooks/runsStore';
import { CheckStepBody } from './CheckStepBody';
import { CommandStepBody } from './CommandStepBody';
import { ProbeStepBody } from './ProbeStepBody';
import { StepStatusBadge } from './StatusBadges';

export interface StepCardProps {
  runbookId: string;
  step: RunbookStep;
  /** The run the view follows, or null when there is none. */
  run: RunState | null;
  /** The runbook's problems on the step's line. */
  problems: readonly RunbookProblem[];
  check: CheckState | null;
}

/** One step where the runbook wrote it: its kind's body, its status in the current run, its problems. */
export function StepCard({ runbookId, step, run, problems, check }: StepCardProps) {
  const stepRun = stepRunOf(run, step.id);
  const current = run?.currentStepId === step.id;
  return (
    <article
      className={`rb-step rb-step-${step.type}${current ? ' rb-step-current' : ''}`}
      data-testid={`step-${step.id}`}
      data-status={stepRun?.status}
      aria-label={step.title}
    >
      {step.type !== 'check' && (
        <header className="rb-step-head">
          <span className="rb-step-kind">{step.type === 'command' ? step.language : 'probe'}</span>
          <span className="rb-step-title">{step.name ?? step.title}</span>
          {stepRun && <StepStatusBadge status={stepRun.status} testId={`step-status-${step.id}`} />}
        </header>
      )}
      {problems.map((problem) => (
        <p
          key={`${problem.line}:${problem.column}:${problem.message}`}
          className="rb-step-problem"
          data-testid={`step-problem-${step.id}`}
        >
          {problem.line}:{problem.column} {problem.message}
        </p>
      ))}
      {step.type === 'check' && <CheckStepBody step={step} check={check} stepRun={stepRun} run={run} />}
      {step.type === 'command' && (
        <CommandStepBody runbookId={runbookId} step={step} stepRun={stepRun} run={run} />
      )}
      {step.type === 'probe' && (
        <ProbeStepBody runbookId={runbookId} step={step} stepRun={stepRun} run={run} />
      )}
    </article>
  );
}
