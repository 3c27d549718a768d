import { useMemo } from 'react';
import { useStore } from 'zustand';
import { ModalDialog } from '../../shell/ModalDialog';
import { selectMissing, selectPlannedConfirmations } from '../../state/runbooks/runFormStore';
import { useRunbooks } from './runbookHooks';
import { VariableField } from './VariableField';

/** The one form before a run: every variable, the environment, and the steps that will ask first. */
export function RunForm() {
  const { form, detail } = useRunbooks();
  const state = useStore(form);
  const runbook = useStore(
    detail,
    (s) => (s.detail?.id === state.runbookId ? s.detail?.runbook : null) ?? null,
  );
  const missing = useMemo(() => selectMissing(state), [state]);
  const confirmations = useMemo(() => selectPlannedConfirmations(state), [state]);
  if (state.phase === 'idle') return null;
  const { plan } = state;
  const titleOf = (stepId: string) => runbook?.steps.find((step) => step.id === stepId)?.title ?? stepId;
  const heading =
    state.stepId === null
      ? `Run all of ${runbook?.title ?? state.runbookId}`
      : `Run the step ${titleOf(state.stepId)}`;
  const cancel = () => form.getState().cancel();
  return (
    <ModalDialog heading={heading} onClose={cancel} className="rb-run-form" testId="run-form">
      {plan === null ? (
        <p className="rb-muted">Asking the host what this run needs…</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void form.getState().start();
          }}
        >
          <label className="rb-field">
            Environment
            <select
              value={plan.environment}
              disabled={state.phase !== 'ready' || plan.environments.length < 2}
              onChange={(event) => void form.getState().chooseEnvironment(event.target.value)}
              data-testid="run-environment"
            >
              {plan.environments.map((environment) => (
                <option key={environment} value={environment}>
                  {environment}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="rb-variables" data-testid="run-variables">
            <legend>Variables</legend>
            {plan.variables.length === 0 && <p className="rb-muted">This run needs no variables.</p>}
            {plan.variables.map((variable) => (
              <VariableField
                key={variable.name}
                variable={variable}
                value={state.values[variable.name] ?? ''}
                remember={state.remember.includes(variable.name)}
                canRemember={plan.canRemember}
                cannotRememberReason={plan.cannotRememberReason}
                onValue={(value) => form.getState().setValue(variable.name, value)}
                onRemember={(remember) => form.getState().setRemember(variable.name, remember)}
              />
            ))}
          </fieldset>
          {confirmations.length > 0 && (
            <div className="rb-planned-confirmations" data-testid="run-confirmations">
              <p>These steps will show their command and ask before they run:</p>
              <ul>
                {confirmations.map((confirmation) => (
                  <li key={confirmation.stepId} data-testid={`run-confirmation-${confirmation.stepId}`}>
                    <strong>{titleOf(confirmation.stepId)}</strong>: {confirmation.reasons.join('; ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {state.error && (
            <p className="form-error" role="alert" data-testid="run-form-error">
              {state.error}
            </p>
          )}
          <div className="dialog-buttons">
            <button type="button" className="plain-button" onClick={cancel}>
              Cancel
            </button>
            <button
              type="submit"
              className="primary-button"
              disabled={state.phase !== 'ready' || missing.length > 0}
              title={missing.length > 0 ? `Give a value to ${missing.join(', ')} first.` : undefined}
              data-testid="run-start"
            >
              {state.phase === 'starting' ? 'Starting…' : 'Start'}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
