import type { Severity } from '../../../shared/journalTypes';
import { SEVERITY_MEANINGS } from '../../../shared/journalTypes';

export const SEVERITIES: readonly Severity[] = [1, 2, 3, 4, 5];

interface SeverityPickerProps {
  /** Distinguishes the radio groups when several are on screen. */
  name: string;
  value: Severity | null;
  onChange(severity: Severity): void;
  /** Each option gets `${testIdPrefix}-${n}`. */
  testIdPrefix: string;
  disabled?: boolean;
}

/** Picks a severity, each option with its one-line meaning so SEV2 means the same to everyone. */
export function SeverityPicker({ name, value, onChange, testIdPrefix, disabled }: SeverityPickerProps) {
  return (
    <fieldset className="severity-picker" disabled={disabled}>
      <legend>Severity</legend>
      {SEVERITIES.map((severity) => (
        <label key={severity} className={`severity-option sev-${severity}`}>
          <input
            type="radio"
            name={name}
            value={severity}
            checked={value === severity}
            onChange={() => onChange(severity)}
            data-testid={`${testIdPrefix}-${severity}`}
          />
          <span className="severity-option-name">SEV{severity}</span>
          <span className="severity-option-meaning">{SEVERITY_MEANINGS[severity]}</span>
        </label>
      ))}
    </fieldset>
  );
}
