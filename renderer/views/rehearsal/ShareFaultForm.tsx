import { type FormEvent, useState } from 'react';
import type { FaultSpec } from '../../../shared/sandboxTypes';
import { useSandbox } from './rehearsalHooks';

interface ShareFaultFormProps {
  label: string;
  /** The button's words ("Set error rate"). */
  action: string;
  /** Builds the fault from the share typed, 0 to 1. */
  toFault(share: number): FaultSpec;
  disabled: boolean;
  title: string | undefined;
  /** Prefix of the test ids: `${testId}-percent` and `${testId}-apply`. */
  testId: string;
}

/** A fault set as a percentage (error rate, CPU burn); 0 takes it away. */
export function ShareFaultForm({ label, action, toFault, disabled, title, testId }: ShareFaultFormProps) {
  const sandbox = useSandbox();
  const [percent, setPercent] = useState('');
  const value = Number(percent);
  const valid = percent.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) void sandbox.getState().fault(toFault(value / 100));
  };

  return (
    <form className="fault-form" onSubmit={submit} title={title}>
      <label className="rehearsal-field">
        {label} (%)
        <input
          type="number"
          min={0}
          max={100}
          step="any"
          placeholder="0–100"
          value={percent}
          disabled={disabled}
          onChange={(event) => setPercent(event.target.value)}
          data-testid={`${testId}-percent`}
        />
      </label>
      <button
        type="submit"
        className="plain-button"
        disabled={disabled || !valid}
        title={title}
        data-testid={`${testId}-apply`}
      >
        {action}
      </button>
    </form>
  );
}
