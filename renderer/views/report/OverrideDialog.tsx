import { type FormEvent, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { ModalDialog } from '../../shell/ModalDialog';
import { OVERRIDE_REASON_MAX_CHARS, overrideReasonProblem } from '../../state/report/reportOverrideStore';
import { useReport } from './reportContext';

/** Asks why a criterion the data did not pass is accepted anyway; the reason goes in the journal and the report. */
export function OverrideDialog() {
  const { override } = useReport();
  const criterion = useStore(override, (state) => state.criterion);
  if (criterion === null) return null;
  // Keyed by the criterion, so each opening starts with an empty reason.
  return <OverrideForm key={criterion} criterion={criterion} />;
}

function OverrideForm({ criterion }: { criterion: string }) {
  const { override } = useReport();
  const busy = useStore(override, (state) => state.busy);
  const error = useStore(override, (state) => state.error);
  const [reason, setReason] = useState('');
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const problem = overrideReasonProblem(reason);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void override.getState().submit(reason);
  };

  return (
    <ModalDialog
      heading={`Override “${criterion}”`}
      onClose={() => override.getState().close()}
      className="report-override-dialog"
      testId="report-override-dialog"
      initialFocus={reasonField}
    >
      <form onSubmit={submit}>
        <p className="report-note">
          The data did not pass this criterion. An override counts it as passed, shows it as overridden in the
          report, and records who did it and why.
        </p>
        <label className="report-override-reason">
          Reason
          <textarea
            ref={reasonField}
            rows={4}
            maxLength={OVERRIDE_REASON_MAX_CHARS}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            data-testid="report-override-reason"
          />
        </label>
        {error && (
          <p className="action-error" role="alert" data-testid="report-override-error">
            {error}
          </p>
        )}
        <div className="report-dialog-buttons">
          <button
            type="submit"
            className="primary-button"
            disabled={busy || problem !== null}
            title={problem ?? undefined}
            data-testid="report-override-submit"
          >
            Override
          </button>
          <button type="button" className="plain-button" onClick={() => override.getState().close()}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
