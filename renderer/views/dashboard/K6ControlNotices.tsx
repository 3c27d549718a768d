import { useStore } from 'zustand';
import { useServices } from '../../app/servicesContext';
import { importedWords } from '../../state/k6/k6StatusWords';

/** What the last k6 call gave: its error in words, the VU scaling answer, what was journaled. */
export function K6ControlNotices() {
  const { control } = useServices().k6;
  const error = useStore(control, (state) => state.error);
  const notice = useStore(control, (state) => state.notice);
  const recordedSeq = useStore(control, (state) => state.recordedSeq);
  const imported = useStore(control, (state) => state.imported);
  const inFlight = useStore(control, (state) => state.inFlight);
  const dismiss = () => control.getState().dismiss();
  return (
    <div className="k6-notices" aria-live="polite">
      {inFlight === 'import' && <p className="dash-muted">Importing the summary…</p>}
      {error && (
        <div className="action-error" role="alert" data-testid="k6-error" data-call={error.call}>
          <span>{error.message}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
      {notice && (
        <div className="dash-banner k6-notice" data-testid="k6-notice">
          <span>{notice}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
      {recordedSeq !== null && (
        <p className="k6-journaled" data-testid="k6-recorded" data-seq={recordedSeq}>
          Summary of the output journaled as event #{recordedSeq}.
        </p>
      )}
      {imported && (
        <p
          className={`k6-journaled${imported.thresholdsFailed > 0 ? ' has-failed' : ''}`}
          data-testid="k6-imported"
          data-seq={imported.seq}
        >
          {importedWords(imported)}
        </p>
      )}
    </div>
  );
}
