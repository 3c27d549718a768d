import type { RunState, StepRun } from '../../../shared/runbookRunTypes';
import type { ProbeStep } from '../../../shared/runbookTypes';
import { limitText } from './runbookText';
import { StepRemedies } from './StepRemedies';
import { StepRunButton } from './StepRunButton';
import { StepRunDetails } from './StepRunDetails';

/** What an http probe expects of the answer, in one line: "status 200, $.status equals UP". */
function httpExpectation(probe: Extract<ProbeStep['probe'], { type: 'http' }>): string {
  const parts = [`status ${probe.status}`];
  if (probe.json?.equals !== undefined)
    parts.push(`${probe.json.path} equals ${JSON.stringify(probe.json.equals)}`);
  if (probe.json?.matches !== undefined) parts.push(`${probe.json.path} matches /${probe.json.matches}/`);
  return parts.join(', ');
}

/** A probe the console checks itself: what it asks, how often and how long, and what it last saw. */
export function ProbeStepBody({
  runbookId,
  step,
  stepRun,
  run,
}: {
  runbookId: string;
  step: ProbeStep;
  stepRun: StepRun | null;
  run: RunState | null;
}) {
  const { probe } = step;
  return (
    <>
      <dl className="rb-probe" data-testid={`step-probe-${step.id}`}>
        <dt>type</dt>
        <dd>{probe.type}</dd>
        {probe.type === 'http' ? (
          <>
            <dt>request</dt>
            <dd className="rb-mono">
              {probe.method} {probe.url}
            </dd>
            <dt>expects</dt>
            <dd className="rb-mono">{httpExpectation(probe)}</dd>
          </>
        ) : (
          <>
            <dt>query</dt>
            <dd className="rb-mono">{probe.query}</dd>
            <dt>expects</dt>
            <dd className="rb-mono">
              {probe.comparator} {probe.value}
              {probe.forMs > 0 && ` for ${limitText(probe.forMs)}`}
            </dd>
          </>
        )}
        <dt>mode</dt>
        <dd>
          {step.mode}, {step.mode === 'once' ? 'within' : 'met first within'} {limitText(step.withinMs)},
          every {limitText(step.intervalMs)}
          {step.continueOnError && ', continues on error'}
        </dd>
        {(step.only.length > 0 || step.except.length > 0) && (
          <>
            <dt>environments</dt>
            <dd>
              {step.only.length > 0 && `only ${step.only.join(', ')}`}
              {step.only.length > 0 && step.except.length > 0 && '; '}
              {step.except.length > 0 && `except ${step.except.join(', ')}`}
            </dd>
          </>
        )}
        {stepRun?.message && (
          <>
            <dt>last seen</dt>
            <dd data-testid={`step-observation-${step.id}`}>{stepRun.message}</dd>
          </>
        )}
      </dl>
      <div className="rb-step-actions">
        <StepRunButton runbookId={runbookId} stepId={step.id} run={run} />
        <StepRemedies step={step} stepRun={stepRun} run={run} />
      </div>
      {stepRun && <StepRunDetails stepId={step.id} stepRun={stepRun} showOutput={false} />}
    </>
  );
}
