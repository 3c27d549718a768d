import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';
import { reportAccess } from '../state/report/reportAccess';
import { createReportStores } from '../state/report/reportStores';
import { startReportSync } from '../state/report/reportSync';
import { noPreviewWords } from '../state/report/reportWords';
import { ErrorNotice } from './journal/ErrorNotice';
import { CriteriaList } from './report/CriteriaList';
import { ExportBar } from './report/ExportBar';
import { OverrideDialog } from './report/OverrideDialog';
import { ReportHeader } from './report/ReportHeader';
import { ReportPreviewBody } from './report/ReportPreviewBody';
import { ReportProvider } from './report/reportContext';

/**
 * The post-test report as it stands: the verdict and sign-off, the exports, and the report
 * itself, asked again as the day is recorded. Its stores live while the view is open, so
 * nothing builds a report for a view nobody looks at.
 */
export function ReportView() {
  const { host } = useServices();
  const [stores] = useState(() => createReportStores(reportAccess(host.api, host.connection)));
  useEffect(() => startReportSync(host, stores.preview), [host, stores]);
  const state = useStore(stores.preview);

  return (
    <ReportProvider value={stores}>
      <section className="view report-view" aria-label="Report" data-testid="report-view">
        <ReportHeader />
        <ErrorNotice message={state.error} onDismiss={state.dismissError} testId="report-error" />
        {state.preview === null ? (
          <p className="report-empty" data-testid="report-empty">
            {noPreviewWords(state)}
          </p>
        ) : (
          <div className="report-body">
            <div className="report-side">
              <ExportBar preview={state.preview} />
              <CriteriaList preview={state.preview} />
            </div>
            <ReportPreviewBody preview={state.preview} />
          </div>
        )}
        <OverrideDialog />
      </section>
    </ReportProvider>
  );
}
