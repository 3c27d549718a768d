import { useStore } from 'zustand';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { useServices } from '../../app/servicesContext';
import { selectMutedPanels } from '../../state/settingsStore';

/** Mutes or unmutes a panel's breach notifications; turning them on asks for the system's permission once. */
export function NotificationBell({ panel }: { panel: Panel }) {
  const { settings, dashboard } = useServices();
  const muted = useStore(settings, selectMutedPanels).includes(panel.id);
  const toggle = () => {
    settings.getState().togglePanelMuted(panel.id);
    // A click is the user gesture browsers want before they ask.
    if (muted && dashboard.notifications.permission() === 'default') void dashboard.notifications.request();
  };
  return (
    <button
      type="button"
      className={`icon-button panel-bell${muted ? ' is-muted' : ''}`}
      aria-pressed={!muted}
      aria-label={`Notify when ${panel.title} breaches`}
      title={muted ? 'Breach notifications muted for this panel' : 'Breach notifications on for this panel'}
      data-testid="panel-bell"
      onClick={toggle}
    >
      <BellIcon crossed={muted} />
    </button>
  );
}

/** Drawn, not an emoji: wall screens rarely have an emoji font. */
function BellIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M8 1.5a4 4 0 0 0-4 4v3L2.5 11v1h11v-1L12 8.5v-3a4 4 0 0 0-4-4ZM6.5 13a1.5 1.5 0 0 0 3 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
      {crossed && <path d="M2 2l12 12" stroke="currentColor" strokeWidth="1.5" />}
    </svg>
  );
}
