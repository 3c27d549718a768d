import { useStore } from 'zustand';
import { REPORT_FORMATS, type ReportPreview } from '../../../shared/reportContract';
import { useServices } from '../../app/servicesContext';
import { exportUnavailable } from '../../state/report/reportAvailability';
import { fileName, REPORT_FORMAT_LABELS } from '../../state/report/reportExportStore';
import { selectComparedDayId } from '../../state/report/reportPreviewStore';
import { useReport } from './reportContext';

/** One button per format; what the last export wrote, and where, below them. */
export function ExportBar({ preview }: { preview: ReportPreview }) {
  const { exports, preview: previewStore } = useReport();
  const role = useStore(useServices().host.connection, (state) => state.role);
  const compareDayId = useStore(previewStore, selectComparedDayId);
  const inFlight = useStore(exports, (state) => state.inFlight);
  const result = useStore(exports, (state) => state.result);
  const error = useStore(exports, (state) => state.error);
  const unavailable = exportUnavailable(role);
  const target = { dayId: preview.dayId, compareDayId };

  return (
    <section className="report-exports" aria-label="Export">
      <h2>Export</h2>
      <div className="report-export-buttons">
        {REPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="plain-button"
            disabled={unavailable !== null || inFlight !== null}
            title={unavailable ?? `Write the ${REPORT_FORMAT_LABELS[format]} report into the results folder`}
            aria-busy={inFlight === format}
            onClick={() => void exports.getState().exportReport(target, format)}
            data-testid={`report-export-${format}`}
          >
            {inFlight === format ? `${REPORT_FORMAT_LABELS[format]}…` : REPORT_FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      {inFlight !== null && (
        <p className="report-note" role="status">
          Writing the {REPORT_FORMAT_LABELS[inFlight]} report…
        </p>
      )}
      {result && (
        <div className="report-export-result" role="status" data-testid="report-export-result">
          <p>
            {REPORT_FORMAT_LABELS[result.format]} written to{' '}
            <code data-testid="report-export-dir">{result.dir}</code>:{' '}
            {result.files.map(fileName).join(', ') || 'no file'}
          </p>
          {result.skipped.map((why) => (
            <p key={why} className="report-note" data-testid="report-export-skipped">
              Skipped: {why}
            </p>
          ))}
        </div>
      )}
      {error && (
        <p className="action-error" role="alert" data-testid="report-export-error">
          {error}
        </p>
      )}
      {unavailable !== null && <p className="report-note">{unavailable}</p>}
    </section>
  );
}
