import { type FormEvent, useState } from 'react';
import { useStore } from 'zustand';
import type { Decision } from '../../../shared/journalTypes';
import { useJournal } from './journalHooks';

interface DecisionFormProps {
  /** 'decision' records one and the day goes on; 'end' ends the day with the go/no-go. */
  purpose: 'decision' | 'end';
  onDone(): void;
}

/** Go or no-go with its reason: recorded on its own, or as the day's end. */
export function DecisionForm({ purpose, onDone }: DecisionFormProps) {
  const { day } = useJournal();
  const busy = useStore(day, (state) => state.busy);
  const [decision, setDecision] = useState<Decision | ''>('');
  const [reason, setReason] = useState('');
  const ending = purpose === 'end';
  const complete = ending || (decision !== '' && reason.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    const trimmed = reason.trim();
    const done = ending
      ? await day.getState().endDay({
          ...(decision ? { decision } : {}),
          ...(trimmed ? { reason: trimmed } : {}),
        })
      : await day.getState().recordDecision({ decision: decision as Decision, reason: trimmed });
    if (done) onDone();
  };

  return (
    <form className="day-form" onSubmit={submit} data-testid={ending ? 'day-end-form' : 'decision-form'}>
      <label>
        {ending ? 'Go-live verdict' : 'Decision'}
        <select
          value={decision}
          required={!ending}
          onChange={(event) => setDecision(event.target.value as Decision | '')}
          data-testid={ending ? 'day-end-decision' : 'decision-choice'}
        >
          <option value="">{ending ? 'none yet' : 'choose…'}</option>
          <option value="go">go</option>
          <option value="no-go">no-go</option>
        </select>
      </label>
      <label className="day-form-wide">
        Reason
        <input
          required={!ending}
          maxLength={20_000}
          placeholder={ending ? 'Targets met, no open SEV1/SEV2' : 'Why'}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          data-testid={ending ? 'day-end-reason' : 'decision-reason'}
        />
      </label>
      <button
        type="submit"
        className={ending ? 'danger-button' : 'primary-button'}
        disabled={busy || !complete}
        data-testid={ending ? 'day-end-submit' : 'decision-submit'}
      >
        {ending ? 'End the day' : 'Record decision'}
      </button>
      <button type="button" className="plain-button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
