import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { StepRun } from '../../../shared/runbookRunTypes';
import { useServices } from '../../app/servicesContext';
import { selectHasTerminal, showInTerminals } from '../../state/runbooks/showInTerminals';
import { useNow } from './runbookHooks';
import { elapsedText, stepDuration } from './runbookText';

/** How a step went in the current run: attempts, exit code, duration, why, and its output as it comes. */
export function StepRunDetails({
  stepId,
  stepRun,
  showOutput,
}: {
  stepId: string;
  stepRun: StepRun;
  /** Commands show their output; a probe's observation is its message, shown with the probe. */
  showOutput: boolean;
}) {
  const { navigation, terminals } = useServices();
  // A step waiting for a person counts up too: how long the run has been held is worth seeing.
  const now = useNow(stepRun.status === 'running' || stepRun.status === 'waiting');
  const duration = stepDuration(stepRun, now);
  const { terminalId } = stepRun;
  const terminalOpen = useStore(terminals, (state) => selectHasTerminal(state, terminalId));
  const output = useRef<HTMLPreElement>(null);
  // The newest lines are the ones to read: keep the tail in view as it grows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new tail is the trigger
  useEffect(() => {
    const element = output.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [stepRun.outputTail]);
  return (
    <div className="rb-step-run">
      <div className="rb-step-facts">
        {stepRun.exitCode !== null && (
          <span data-testid={`step-exit-${stepId}`}>exit {stepRun.exitCode}</span>
        )}
        {duration !== null && <span data-testid={`step-duration-${stepId}`}>{elapsedText(duration)}</span>}
        {stepRun.attempts > 1 && <span>attempt {stepRun.attempts}</span>}
        {showOutput && stepRun.message && (
          <span className="rb-step-message" data-testid={`step-message-${stepId}`}>
            {stepRun.message}
          </span>
        )}
        {terminalId !== null && terminalOpen && (
          <button
            type="button"
            className="plain-button"
            onClick={() => showInTerminals(navigation, terminals, terminalId)}
            data-testid={`step-terminal-${stepId}`}
          >
            Show in Terminals
          </button>
        )}
      </div>
      {showOutput && stepRun.outputTail !== '' && (
        <pre ref={output} className="rb-output" data-testid={`step-output-${stepId}`}>
          {stepRun.outputTail}
        </pre>
      )}
    </div>
  );
}
