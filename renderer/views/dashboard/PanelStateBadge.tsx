import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { TargetState } from '../../../shared/targetTypes';
import { clockTime } from '../../journal/timeFormat';
import { panelStateSince, selectPanelStatus } from '../../state/dashboard/dashboardStatusStore';
import { useDashboard } from './dashboardHooks';

const STATE_LABELS: Readonly<Record<TargetState, string>> = {
  ok: 'OK',
  pending: 'Pending',
  breached: 'Breached',
  'no-data': 'No data',
};

/** The worst of the panel's targets, and since when; nothing for a panel without targets. */
export function PanelStateBadge({ panelId }: { panelId: string }) {
  const { state, since } = useStore(
    useDashboard().status,
    useShallow((store) => ({
      state: selectPanelStatus(store, panelId)?.state ?? null,
      since: panelStateSince(store, panelId),
    })),
  );
  if (state === null) return null;
  return (
    <span className={`target-badge target-${state}`} data-testid="panel-state" data-state={state}>
      {STATE_LABELS[state]}
      {since !== null && <span className="target-since"> since {clockTime(since)}</span>}
    </span>
  );
}
