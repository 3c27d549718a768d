import type { DashboardStatus, PanelStatus } from '../../shared/dashboardTypes';

/**
 * The panels to raise a notification for: those breached now that this console saw in another
 * state in the previous status. The first status of a session notifies nothing (the badges show
 * what is already breached), and muted panels stay quiet.
 */
export function newlyBreached(
  previous: DashboardStatus | null,
  next: DashboardStatus,
  muted: readonly string[],
): PanelStatus[] {
  if (previous === null) return [];
  const before = new Map(previous.panels.map((panel) => [panel.panelId, panel.state]));
  return next.panels.filter(
    (panel) =>
      panel.state === 'breached' &&
      before.has(panel.panelId) &&
      before.get(panel.panelId) !== 'breached' &&
      !muted.includes(panel.panelId),
  );
}
