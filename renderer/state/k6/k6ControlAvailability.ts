import type { Role } from '../../../shared/api';
import type { K6Status } from '../../../shared/k6StatusTypes';

/** The bar's controls; each is enabled (null) or disabled with the reason, shown as its tooltip. */
export interface K6ControlAvailability {
  pause: string | null;
  resume: string | null;
  stop: string | null;
  scale: string | null;
  record: string | null;
  import: string | null;
}

const VIEWER = 'A read-only viewer can watch k6 but not control it.';
const NOT_INTRODUCED = 'Waiting for the host to introduce this console.';
const NO_API = 'k6 runs without --address: there is no REST API to control it through.';
const NOT_LIVE = 'The run has not started, or has ended.';

/** Which controls the bar enables for this console and this status, and why the others are off. */
export function k6ControlAvailability(status: K6Status, role: Role | null): K6ControlAvailability {
  const who = role === 'viewer' ? VIEWER : role === null ? NOT_INTRODUCED : null;
  const api = status.api;
  const run = api.run;
  const unreachable =
    api.state === 'none'
      ? NO_API
      : api.state !== 'up'
        ? `k6’s REST API at ${api.address ?? 'its address'} is not answering.`
        : run === null
          ? 'k6 has not reported its status yet.'
          : null;
  const live = run !== null && !run.stopped && (run.running || run.paused);
  const control = (ready: boolean, why: string) => who ?? unreachable ?? (ready ? null : why);
  return {
    pause: control(live && run?.paused === false, run?.paused ? 'The run is paused.' : NOT_LIVE),
    resume: control(live && run?.paused === true, run?.paused ? NOT_LIVE : 'The run is not paused.'),
    stop: control(live, NOT_LIVE),
    // Asking is always allowed to an operator: the answer is that k6 no longer scales VUs live.
    scale: who,
    record:
      who ??
      (status.output.path === null
        ? 'The environment names no k6 JSON output to summarise.'
        : status.output.points === 0
          ? 'No point has been read from the output yet.'
          : null),
    import: who,
  };
}
