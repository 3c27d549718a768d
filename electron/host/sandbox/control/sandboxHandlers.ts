import { ApiError } from '../../../../shared/apiErrors';
import type { MethodHandlers } from '../../apiDispatcher';
import type { Journal } from '../../journal/journal';
import { sessionActor } from '../../journal/journalHandlers';
import type { SandboxController } from './sandboxController';

type SandboxMethod = Extract<keyof MethodHandlers, `sandbox.${string}`>;

/** The sandbox.* half of the contract; what the sandbox refuses reaches the caller as 'refused'. */
export function sandboxHandlers(
  sandbox: SandboxController,
  journal: Journal,
): Pick<MethodHandlers, SandboxMethod> {
  return {
    'sandbox.status': () => sandbox.current(),
    'sandbox.start': (session, { load }) =>
      reportingRefusals(sandbox.start(load, sessionActor(session, journal))),
    'sandbox.stop': (session) => reportingRefusals(sandbox.stop(sessionActor(session, journal))),
    'sandbox.fault': (session, { fault }) =>
      reportingRefusals(sandbox.fault(fault, sessionActor(session, journal))),
    'sandbox.startLoad': (session, { preset }) =>
      reportingRefusals(sandbox.startLoad(preset, sessionActor(session, journal))),
    'sandbox.stopLoad': () => reportingRefusals(sandbox.stopLoad()),
  };
}

async function reportingRefusals<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw new ApiError('refused', error instanceof Error ? error.message : String(error));
  }
}
