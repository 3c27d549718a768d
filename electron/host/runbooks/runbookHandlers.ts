import type { MethodHandlers } from '../apiDispatcher';
import type { Journal } from '../journal/journal';
import { sessionActor } from '../journal/journalHandlers';
import type { RunbookService } from './runbookService';

type RunbookMethod = Extract<keyof MethodHandlers, `runbooks.${string}` | `runs.${string}`>;

/** The runbooks.* and runs.* half of the contract; every action is journaled under the caller's name. */
export function runbookHandlers(
  runbooks: RunbookService,
  journal: Journal,
): Pick<MethodHandlers, RunbookMethod> {
  return {
    'runbooks.list': () => runbooks.list(),
    'runbooks.get': (_session, { id }) => runbooks.get(id),
    'runbooks.tick': (session, { id, stepId, checked }) =>
      runbooks.tick(sessionActor(session, journal), id, stepId, checked),
    'runs.plan': (_session, { id, environment }) => runbooks.plan(id, environment),
    'runs.start': (session, params) => runbooks.start(sessionActor(session, journal), params),
    'runs.list': () => runbooks.listRuns(),
    'runs.control': (session, { runId, action }) =>
      runbooks.control(sessionActor(session, journal), runId, action),
    'runs.confirm': (session, { runId, stepId, approve }) =>
      runbooks.confirm(sessionActor(session, journal), runId, stepId, approve),
  };
}
