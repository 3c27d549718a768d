import { ApiError } from '../../../../shared/apiErrors';
import type { MethodHandlers } from '../../apiDispatcher';
import { UnknownEnvironmentError } from '../verify/verifyEnvironment';
import type { DashboardService } from './dashboardService';

type DashboardMethod = Extract<keyof MethodHandlers, `dashboard.${string}`>;

/** The dashboard.* half of the contract. */
export function dashboardHandlers(dashboard: DashboardService): Pick<MethodHandlers, DashboardMethod> {
  return {
    'dashboard.status': () => dashboard.status(),
    'dashboard.live': () => dashboard.live(),
    'dashboard.range': async (_session, { panelId, from, to }) => {
      try {
        return await dashboard.range(panelId, from, to);
      } catch (error) {
        throw new ApiError('refused', error instanceof Error ? error.message : String(error));
      }
    },
    'dashboard.verify': async (_session, { environment }) => {
      try {
        return await dashboard.verify(environment);
      } catch (error) {
        if (error instanceof UnknownEnvironmentError) throw new ApiError('refused', error.message);
        throw error;
      }
    },
  };
}
