import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { verifyVerdict } from '../../../shared/verifyTypes';
import { useServices } from '../../app/servicesContext';
import { ModalDialog } from '../../shell/ModalDialog';
import { createVerifyStore } from '../../state/dashboard/verifyStore';
import { VerifyReportTable } from './VerifyReportTable';

/** Runs the host's checks as soon as it opens and shows their report; "Run again" after a fix. */
export function VerifyDialog({ onClose }: { onClose(): void }) {
  const { api } = useServices().host;
  const [store] = useState(() => createVerifyStore({ api }));
  const report = useStore(store, (state) => state.report);
  const running = useStore(store, (state) => state.running);
  const error = useStore(store, (state) => state.error);
  useEffect(() => void store.getState().run(), [store]);
  return (
    <ModalDialog
      heading={report?.environment ? `Verify environment ${report.environment}` : 'Verify the environment'}
      onClose={onClose}
      className="dash-tool-dialog"
      testId="verify-dialog"
    >
      <p className="dash-muted" role="status" data-testid="verify-progress" data-running={running}>
        {running
          ? 'Checking the workspace, Prometheus, every panel’s queries, alert rules, targets and health…'
          : ''}
      </p>
      {error && (
        <p className="form-error dash-tool-error" role="alert" data-testid="verify-error">
          {error}
        </p>
      )}
      {report && (
        <div aria-busy={running}>
          <VerifyReportTable report={report} />
          <p
            className={report.ok ? 'verify-summary verify-pass' : 'verify-summary verify-fail'}
            data-testid="verify-summary"
          >
            {verifyVerdict(report)}
          </p>
        </div>
      )}
      <div className="dialog-buttons">
        <button
          type="button"
          className="primary-button"
          // Not disabled: a disabled button would drop the focus out of the dialog; a run is never doubled.
          aria-disabled={running}
          data-testid="verify-run-again"
          onClick={() => void store.getState().run()}
        >
          Run again
        </button>
      </div>
    </ModalDialog>
  );
}
