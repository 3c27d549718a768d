import { type FormEvent, useState } from 'react';
import { MAX_FAULT_LATENCY_MS, SANDBOX_ROUTES, type SandboxRoute } from '../../../shared/sandboxTypes';
import { useSandbox } from './rehearsalHooks';

/** Added latency in ms, on one route or all; 0 takes it away. */
export function LatencyFaultForm({ disabled, title }: { disabled: boolean; title: string | undefined }) {
  const sandbox = useSandbox();
  const [ms, setMs] = useState('300');
  const [route, setRoute] = useState<SandboxRoute | ''>('');
  const value = Number(ms);
  const valid = ms.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= MAX_FAULT_LATENCY_MS;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    void sandbox.getState().fault({ kind: 'latency', ms: value, ...(route ? { route } : {}) });
  };

  return (
    <form className="fault-form" onSubmit={submit} title={title}>
      <label className="rehearsal-field">
        Added latency (ms)
        <input
          type="number"
          min={0}
          max={MAX_FAULT_LATENCY_MS}
          step={1}
          value={ms}
          disabled={disabled}
          onChange={(event) => setMs(event.target.value)}
          data-testid="fault-latency-ms"
        />
      </label>
      <label className="rehearsal-field">
        Route
        <select
          value={route}
          disabled={disabled}
          onChange={(event) => setRoute(event.target.value as SandboxRoute | '')}
          data-testid="fault-latency-route"
        >
          <option value="">every route</option>
          {SANDBOX_ROUTES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="plain-button"
        disabled={disabled || !valid}
        title={title}
        data-testid="fault-latency-apply"
      >
        Set latency
      </button>
    </form>
  );
}
