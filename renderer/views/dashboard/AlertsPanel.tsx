import { useStore } from 'zustand';
import type { AlertStatus } from '../../../shared/dashboardTypes';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { clockTime } from '../../journal/timeFormat';
import { useDashboard } from './dashboardHooks';
import { PanelFrame } from './PanelFrame';

/** Firing before pending; the host's order otherwise. */
function byUrgency(alerts: readonly AlertStatus[]): AlertStatus[] {
  return [...alerts].sort((a, b) => Number(b.state === 'firing') - Number(a.state === 'firing'));
}

/** Prometheus's alerts: the critical ones firing counted large, then each firing or pending one. */
export function AlertsPanel({ panel }: { panel: Panel }) {
  const alerts = useStore(useDashboard().status, (state) => state.status?.alerts ?? null);
  return (
    <PanelFrame panel={panel} fedByPrometheus>
      {alerts === null ? (
        <p className="dash-muted">Waiting for the first answer…</p>
      ) : (
        <>
          <p
            className={`alerts-critical${alerts.criticalFiring > 0 ? ' is-firing' : ''}`}
            data-testid="alerts-critical"
            data-count={alerts.criticalFiring}
          >
            <span className="alerts-critical-count">{alerts.criticalFiring}</span> critical firing
          </p>
          {alerts.problem && <p className="dash-panel-error">{alerts.problem}</p>}
          {alerts.alerts.length === 0 ? (
            <p className="dash-muted">No alerts firing or pending.</p>
          ) : (
            <ul className="alerts-list" aria-label="Alerts">
              {byUrgency(alerts.alerts).map((alert) => (
                <li
                  key={`${alert.name} ${JSON.stringify(alert.labels)}`}
                  className={`alert-item alert-${alert.state}`}
                  data-testid="alert-item"
                  data-state={alert.state}
                >
                  <span className="alert-state">{alert.state}</span>
                  <strong>{alert.name}</strong>
                  {alert.severity && (
                    <span className={`alert-severity severity-${alert.severity}`}>{alert.severity}</span>
                  )}
                  {alert.activeAt !== null && (
                    <span className="dash-muted">since {clockTime(alert.activeAt)}</span>
                  )}
                  {alert.summary && <span className="alert-summary">{alert.summary}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </PanelFrame>
  );
}
