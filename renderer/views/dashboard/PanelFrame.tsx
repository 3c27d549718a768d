import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { clockTime } from '../../journal/timeFormat';
import { selectOutageSince } from '../../state/dashboard/dashboardStatusStore';
import { useDashboard } from './dashboardHooks';

/**
 * A panel's frame: its title and header controls, then its body. Panels fed by Prometheus are
 * greyed while it is unreachable, keeping what they last showed.
 */
export function PanelFrame({
  panel,
  fedByPrometheus,
  controls,
  children,
}: {
  panel: Panel;
  fedByPrometheus: boolean;
  controls?: ReactNode;
  children: ReactNode;
}) {
  const outageSince = useStore(useDashboard().status, selectOutageSince);
  const stale = fedByPrometheus && outageSince !== null;
  const titleId = `panel-title-${panel.id}`;
  return (
    <article
      className={`dash-panel dash-panel-${panel.type}${stale ? ' is-stale' : ''}`}
      aria-labelledby={titleId}
      data-testid="dashboard-panel"
      data-panel-id={panel.id}
      data-stale={stale}
    >
      <header className="dash-panel-header">
        <h3 id={titleId}>{panel.title}</h3>
        {controls}
      </header>
      {stale && (
        <p className="dash-panel-unreachable" data-testid="panel-unreachable">
          unreachable since {clockTime(outageSince)}
        </p>
      )}
      {children}
    </article>
  );
}
