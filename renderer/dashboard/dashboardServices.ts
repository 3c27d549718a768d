import type { DashboardAccess } from '../state/dashboard/dashboardAccess';
import {
  createDashboardStatusStore,
  type DashboardStatusStore,
} from '../state/dashboard/dashboardStatusStore';
import {
  createDashboardWorkspaceStore,
  type DashboardWorkspaceStore,
} from '../state/dashboard/dashboardWorkspaceStore';
import { createMarkersStore, type MarkersStore } from '../state/dashboard/markersStore';
import { createTimeRangeStore, type TimeRangeStore } from '../state/dashboard/timeRangeStore';
import { createToastStore, type ToastStore } from '../state/dashboard/toastStore';
import { type BreachNotifier, createBreachNotifier } from './breachNotifier';
import { FrameScheduler } from './frameScheduler';
import { browserNotifications, type NotificationPort } from './notificationPort';
import { DashboardSeriesStore } from './seriesStore';

/** The dashboard's stores, its series data (outside React) and what draws and notifies from them. */
export interface DashboardServices {
  readonly workspace: DashboardWorkspaceStore;
  readonly status: DashboardStatusStore;
  readonly series: DashboardSeriesStore;
  readonly range: TimeRangeStore;
  readonly markers: MarkersStore;
  readonly toasts: ToastStore;
  readonly scheduler: FrameScheduler;
  readonly notifications: NotificationPort;
  readonly notifier: BreachNotifier;
}

export function createDashboardServices(
  access: DashboardAccess,
  notifications: NotificationPort = browserNotifications(),
): DashboardServices {
  const toasts = createToastStore();
  return {
    workspace: createDashboardWorkspaceStore(access),
    status: createDashboardStatusStore(access),
    series: new DashboardSeriesStore(),
    range: createTimeRangeStore(),
    markers: createMarkersStore(access),
    toasts,
    scheduler: new FrameScheduler(),
    notifications,
    notifier: createBreachNotifier(notifications, toasts),
  };
}
