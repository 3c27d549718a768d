import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';
import type { ConnectionStatus } from '../state/connectionStore';

const STATUS_LABELS: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  refused: 'Refused',
};

/** Said when the host refused and gave no reason. */
const REFUSED_FALLBACK = 'The host refused this session. Ask for a fresh URL from `warroom serve`.';

/** The header's light: is this console live, and if it is refused, why. */
export function ConnectionIndicator() {
  const { connection } = useServices().host;
  const status = useStore(connection, (state) => state.status);
  const message = useStore(connection, (state) => state.message);
  const refusal = status === 'refused' ? (message ?? REFUSED_FALLBACK) : null;
  return (
    <div
      className="connection"
      data-testid="connection-status"
      data-status={status}
      role="status"
      title={message ?? undefined}
    >
      <span className="connection-light" aria-hidden="true" />
      <span className="connection-label">{STATUS_LABELS[status]}</span>
      {refusal && <span className="connection-message">{refusal}</span>}
    </div>
  );
}
