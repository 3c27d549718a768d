import { useStore } from 'zustand';
import type { HealthEndpointStatus } from '../../../shared/dashboardTypes';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { durationText } from '../../dashboard/durationText';
import { clockTime } from '../../journal/timeFormat';
import { useDashboard, useNow } from './dashboardHooks';
import { PanelFrame } from './PanelFrame';

const NO_ENDPOINTS: readonly HealthEndpointStatus[] = [];

/** The environment's health endpoints: status, version, each dependency, and how long since UP. */
export function HealthEndpointsPanel({ panel }: { panel: Panel }) {
  const endpoints = useStore(useDashboard().status, (state) => state.status?.health ?? NO_ENDPOINTS);
  const now = useNow(1_000);
  return (
    <PanelFrame panel={panel} fedByPrometheus={false}>
      {endpoints.length === 0 ? (
        <p className="dash-muted">
          This environment lists no health endpoints: add them under <code>health</code> in warroom.yaml.
        </p>
      ) : (
        <ul className="health-list" aria-label="Health endpoints">
          {endpoints.map((endpoint) => (
            <li
              key={endpoint.name}
              className="health-endpoint"
              data-testid="health-endpoint"
              data-status={endpoint.status}
            >
              <div className="health-endpoint-line">
                <span className={`endpoint-status status-${endpoint.status.toLowerCase()}`}>
                  {endpoint.status}
                </span>
                <strong>{endpoint.name}</strong>
                {endpoint.version && <span className="dash-muted">version {endpoint.version}</span>}
                <span className="dash-muted" data-testid="health-last-up">
                  {lastUpText(endpoint, now)}
                </span>
              </div>
              {endpoint.problem && <p className="dash-panel-error">{endpoint.problem}</p>}
              {endpoint.dependencies.length > 0 && (
                <ul className="health-dependencies" aria-label={`${endpoint.name} dependencies`}>
                  {endpoint.dependencies.map((dependency) => (
                    <li key={dependency.name}>
                      {dependency.name}{' '}
                      <span className={`endpoint-status status-${dependency.status.toLowerCase()}`}>
                        {dependency.status}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </PanelFrame>
  );
}

function lastUpText(endpoint: HealthEndpointStatus, now: number): string {
  if (endpoint.lastUpAt === null)
    return endpoint.status === 'UP' ? 'UP' : 'never UP since the console started';
  if (endpoint.status === 'UP') return `UP, checked ${clockTime(endpoint.checkedAt ?? endpoint.lastUpAt)}`;
  return `last UP ${durationText(now - endpoint.lastUpAt)} ago (${clockTime(endpoint.lastUpAt)})`;
}
