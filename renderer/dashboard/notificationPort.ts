/** Whether the system's notifications may be shown: 'unavailable' where the API is missing. */
export type NotificationPermissionState = NotificationPermission | 'unavailable';

/** The part of the Notification API a breach needs; the browser's (Electron's in the app) or a fake. */
export interface NotificationPort {
  permission(): NotificationPermissionState;
  /** Asks the person; call only from a user gesture (a click), as browsers require. */
  request(): Promise<NotificationPermissionState>;
  show(title: string, body: string, tag: string): void;
}

/** window.Notification: in the desktop app it is Electron's own, so the same code serves both. */
export function browserNotifications(): NotificationPort {
  const api = typeof window === 'undefined' ? undefined : window.Notification;
  return {
    permission: () => (api ? api.permission : 'unavailable'),
    request: async () => {
      if (!api) return 'unavailable';
      try {
        return await api.requestPermission();
      } catch {
        return api.permission;
      }
    },
    show: (title, body, tag) => {
      if (api) new api(title, { body, tag });
    },
  };
}
