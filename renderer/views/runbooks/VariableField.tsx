import type { RunPlan } from '../../../shared/runbookRunTypes';

type PlannedVariable = RunPlan['variables'][number];

/** Where the prefilled value came from, as the form says it. */
const SOURCE_LABELS: Record<PlannedVariable['source'], string> = {
  environment: 'from the environment',
  default: 'runbook default',
  remembered: 'remembered',
  prompt: 'needed',
};

/** One variable of the run form: its prompt, its value (masked for a secret), where it came from. */
export function VariableField({
  variable,
  value,
  remember,
  canRemember,
  cannotRememberReason,
  onValue,
  onRemember,
}: {
  variable: PlannedVariable;
  value: string;
  remember: boolean;
  canRemember: boolean;
  cannotRememberReason: string | null;
  onValue(value: string): void;
  onRemember(remember: boolean): void;
}) {
  const inputId = `run-var-input-${variable.name}`;
  const source =
    variable.secret && variable.source === 'remembered'
      ? 'remembered: leave empty to use it'
      : SOURCE_LABELS[variable.source];
  return (
    <div className="rb-variable" data-testid={`run-var-${variable.name}`} data-source={variable.source}>
      <label htmlFor={inputId}>
        {variable.prompt}
        {variable.prompt !== variable.name && <span className="rb-mono rb-muted"> {variable.name}</span>}
      </label>
      <input
        id={inputId}
        type={variable.secret ? 'password' : 'text'}
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onValue(event.target.value)}
        data-testid={`run-var-input-${variable.name}`}
      />
      <span className={`rb-var-source source-${variable.source}`}>{source}</span>
      {variable.secret && (
        <label className="rb-remember" title={canRemember ? undefined : (cannotRememberReason ?? undefined)}>
          <input
            type="checkbox"
            checked={remember && canRemember}
            disabled={!canRemember}
            onChange={(event) => onRemember(event.target.checked)}
            data-testid={`run-remember-${variable.name}`}
          />
          remember
          {!canRemember && cannotRememberReason && (
            <span className="rb-muted"> ({cannotRememberReason})</span>
          )}
        </label>
      )}
    </div>
  );
}
