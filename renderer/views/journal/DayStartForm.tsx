import { type FormEvent, useState } from 'react';
import { useStore } from 'zustand';
import { useJournal } from './journalHooks';

/** Operators as typed: "ana, bo" → ["ana", "bo"]. */
function operatorList(typed: string): string[] {
  return typed
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Starts the test day: a name, and optionally the environment under test and who is on duty. */
export function DayStartForm() {
  const { day } = useJournal();
  const busy = useStore(day, (state) => state.busy);
  const [name, setName] = useState('');
  const [environment, setEnvironment] = useState('');
  const [operators, setOperators] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const names = operatorList(operators);
    const started = await day.getState().startDay({
      name: name.trim(),
      ...(environment.trim() ? { environment: environment.trim() } : {}),
      ...(names.length > 0 ? { operators: names } : {}),
    });
    if (started) {
      setName('');
      setEnvironment('');
      setOperators('');
    }
  };

  return (
    <form className="day-form" onSubmit={submit} data-testid="day-start-form">
      <label>
        Day
        <input
          required
          maxLength={200}
          placeholder="Black Friday load test"
          value={name}
          onChange={(event) => setName(event.target.value)}
          data-testid="day-start-name"
        />
      </label>
      <label>
        Environment
        <input
          maxLength={64}
          placeholder="staging"
          value={environment}
          onChange={(event) => setEnvironment(event.target.value)}
          data-testid="day-start-environment"
        />
      </label>
      <label>
        Operators
        <input
          placeholder="ana, bo"
          value={operators}
          onChange={(event) => setOperators(event.target.value)}
          data-testid="day-start-operators"
        />
      </label>
      <button
        type="submit"
        className="primary-button"
        disabled={busy || !name.trim()}
        data-testid="day-start-submit"
      >
        Start the day
      </button>
    </form>
  );
}
