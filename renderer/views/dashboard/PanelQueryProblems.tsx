import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import { selectPanelStatus } from '../../state/dashboard/dashboardStatusStore';
import { useDashboard } from './dashboardHooks';

/** A Prometheus-fed panel's own query error, in Prometheus's words, and Prometheus's warnings. */
export function PanelQueryProblems({ panelId }: { panelId: string }) {
  const { error, warnings } = useStore(
    useDashboard().status,
    useShallow((state) => {
      const status = selectPanelStatus(state, panelId);
      return { error: status?.error ?? null, warnings: status?.warnings.join('\n') ?? '' };
    }),
  );
  return (
    <>
      {error && (
        <p
          className="dash-panel-error"
          role="alert"
          data-testid="panel-error"
          data-error-type={error.errorType}
        >
          <strong>{error.errorType}</strong>: {error.message}
        </p>
      )}
      {warnings && (
        <ul className="dash-panel-warnings" aria-label="Prometheus warnings" data-testid="panel-warnings">
          {warnings.split('\n').map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </>
  );
}
