import type { RunState, StepRun } from '../../../shared/runbookRunTypes';
import type { CommandStep } from '../../../shared/runbookTypes';
import { limitText } from './runbookText';
import { StepRemedies } from './StepRemedies';
import { StepRunButton } from './StepRunButton';
import { StepRunDetails } from './StepRunDetails';

/** The attributes worth seeing before a command runs, as short badges. */
function commandBadges(step: CommandStep): { kind: string; text: string }[] {
  const badges: { kind: string; text: string }[] = [];
  if (step.confirm) badges.push({ kind: 'confirm', text: 'asks first' });
  if (step.timeoutMs !== null) badges.push({ kind: 'timeout', text: `timeout ${limitText(step.timeoutMs)}` });
  if (step.background) badges.push({ kind: 'background', text: 'background' });
  if (step.interactive) badges.push({ kind: 'interactive', text: 'interactive' });
  if (step.rollback !== null) badges.push({ kind: 'rollback', text: `rollback ${step.rollback}` });
  if (step.continueOnError) badges.push({ kind: 'continueOnError', text: 'continues on error' });
  if (step.excludeFromRunAll) badges.push({ kind: 'excludeFromRunAll', text: 'not in run-all' });
  if (step.only.length > 0) badges.push({ kind: 'only', text: `only ${step.only.join(', ')}` });
  if (step.except.length > 0) badges.push({ kind: 'except', text: `except ${step.except.join(', ')}` });
  if (step.cwd !== null) badges.push({ kind: 'cwd', text: `in ${step.cwd}` });
  return badges;
}

/** A command: its attributes, its script, Run, and how it went in the current run. */
export function CommandStepBody({
  runbookId,
  step,
  stepRun,
  run,
}: {
  runbookId: string;
  step: CommandStep;
  stepRun: StepRun | null;
  run: RunState | null;
}) {
  const badges = commandBadges(step);
  return (
    <>
      {badges.length > 0 && (
        <div className="rb-badges" data-testid={`step-badges-${step.id}`}>
          {badges.map((badge) => (
            <span key={badge.kind} className={`rb-badge badge-${badge.kind}`} data-badge={badge.kind}>
              {badge.text}
            </span>
          ))}
        </div>
      )}
      <pre className="rb-script" data-testid={`step-script-${step.id}`}>
        <code>{step.script}</code>
      </pre>
      <div className="rb-step-actions">
        <StepRunButton runbookId={runbookId} stepId={step.id} run={run} />
        <StepRemedies step={step} stepRun={stepRun} run={run} />
      </div>
      {stepRun && <StepRunDetails stepId={step.id} stepRun={stepRun} showOutput />}
    </>
  );
}
