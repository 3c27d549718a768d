import type { MethodHandlers } from '../apiDispatcher';
import type { Journal } from '../journal/journal';
import { sessionActor } from '../journal/journalHandlers';
import { refusing } from '../refusals';
import type { K6Service } from './k6Service';

type K6Method = Extract<keyof MethodHandlers, `k6.${string}`>;

/** The k6.* half of the contract; what k6 or the service refuses reaches the caller as 'refused'. */
export function k6Handlers(k6: K6Service, journal: Journal): Pick<MethodHandlers, K6Method> {
  return {
    'k6.status': () => k6.status(),
    'k6.control': (session, params) => refusing(k6.control(params.action, sessionActor(session, journal))),
    'k6.recordSummary': async (session) => ({
      seq: await refusing(k6.recordSummary(sessionActor(session, journal))),
    }),
    'k6.importSummary': (session, { name, text }) =>
      refusing(k6.importSummary(name, text, sessionActor(session, journal))),
  };
}
