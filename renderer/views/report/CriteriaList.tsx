import { useStore } from 'zustand';
import type { ReportPreview } from '../../../shared/reportContract';
import { useServices } from '../../app/servicesContext';
import { needsOverride, overrideUnavailable } from '../../state/report/reportAvailability';
import { CRITERION_STATUS_WORDS } from '../../state/report/reportWords';
import { useReport } from './reportContext';

/** The go-live sign-off: each criterion's status and why, overrides marked, and the way to record one. */
export function CriteriaList({ preview }: { preview: ReportPreview }) {
  const { override } = useReport();
  const role = useStore(useServices().host.connection, (state) => state.role);
  const unavailable = overrideUnavailable(preview, role);

  return (
    <section className="report-criteria" aria-label="Go-live sign-off">
      <h2>Sign-off</h2>
      <ul data-testid="report-criteria">
        {preview.criteria.map((criterion) => (
          <li
            key={criterion.id}
            className={`report-criterion report-criterion-${criterion.overridden ? 'overridden' : criterion.status}`}
            data-testid="report-criterion"
            data-criterion={criterion.name}
            data-status={criterion.status}
            data-overridden={criterion.overridden}
          >
            <div className="report-criterion-line">
              <span className="report-criterion-status">{CRITERION_STATUS_WORDS[criterion.status]}</span>
              {criterion.overridden && (
                <span className="report-criterion-override-mark" data-testid="report-criterion-overridden">
                  overridden
                </span>
              )}
              <span className="report-criterion-name">{criterion.name}</span>
            </div>
            <p className="report-criterion-reason">{criterion.reason}</p>
            {needsOverride(criterion) && (
              <button
                type="button"
                className="plain-button"
                disabled={unavailable !== null}
                title={unavailable ?? `Record why “${criterion.name}” is accepted anyway`}
                onClick={() => override.getState().open(criterion.name)}
                data-testid="report-override"
              >
                Override…
              </button>
            )}
          </li>
        ))}
      </ul>
      {unavailable !== null && preview.criteria.some(needsOverride) && (
        <p className="report-note" data-testid="report-override-unavailable">
          {unavailable}
        </p>
      )}
    </section>
  );
}
