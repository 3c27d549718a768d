import { LOAD_PRESET_NAMES, type LoadPresetName } from '../../../shared/sandboxTypes';

/** What each preset drives, for its tooltip; the figures are the host's LOAD_PRESETS (loadProfile.ts). */
const PRESET_HINTS: Record<LoadPresetName, string> = {
  smoke: '5 virtual users for half a minute: is everything wired?',
  ramp: 'up to 50 virtual users, held 5 minutes: a steady test-day ramp',
  peak: 'up to 200 virtual users, held 10 minutes: the peak hour',
};

/** 'none' is offered where starting without load makes sense ("Start rehearsal"). */
export type LoadChoice = LoadPresetName | 'none';

interface LoadPresetSelectProps<Choice extends LoadChoice> {
  label: string;
  value: Choice;
  onChange(value: Choice): void;
  withNone?: boolean;
  disabled?: boolean;
  title?: string;
  testId: string;
}

export function LoadPresetSelect<Choice extends LoadChoice>({
  label,
  value,
  onChange,
  withNone = false,
  disabled = false,
  title,
  testId,
}: LoadPresetSelectProps<Choice>) {
  return (
    <label className="rehearsal-field" title={title}>
      {label}
      <select
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Choice)}
        data-testid={testId}
      >
        {withNone && <option value="none">none</option>}
        {LOAD_PRESET_NAMES.map((name) => (
          <option key={name} value={name} title={PRESET_HINTS[name]}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
