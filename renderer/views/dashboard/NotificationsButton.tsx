import { useState } from 'react';
import { useDashboard } from './dashboardHooks';

/** Says where breach notifications go, and asks the system for permission when it has not been asked. */
export function NotificationsButton() {
  const { notifications } = useDashboard();
  const [permission, setPermission] = useState(() => notifications.permission());
  if (permission === 'default') {
    return (
      <button
        type="button"
        className="dash-button"
        data-testid="notifications-enable"
        onClick={async () => setPermission(await notifications.request())}
      >
        Turn on desktop notifications
      </button>
    );
  }
  return (
    <span className="dash-muted" data-testid="notifications-state" data-permission={permission}>
      {permission === 'granted' ? 'Breaches notify the desktop' : 'Breaches show as notices in the console'}
    </span>
  );
}
