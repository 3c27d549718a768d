/** What one check of a probe saw. */
export interface ProbeCheckResult {
  met: boolean;
  /** What a person needs to know: "status 503, expected 200", "no series", "connection refused". */
  observation: string;
  /** Waiting cannot change the answer (a PromQL syntax error, a URL that is not one): stop now. */
  final: boolean;
  /** No answer came within the check's time. */
  timedOut: boolean;
}

export function metCheck(observation: string): ProbeCheckResult {
  return { met: true, observation, final: false, timedOut: false };
}

export function notMetCheck(observation: string): ProbeCheckResult {
  return { met: false, observation, final: false, timedOut: false };
}

/** A check that will never pass, however long it is waited for. */
export function finalCheck(observation: string): ProbeCheckResult {
  return { met: false, observation, final: true, timedOut: false };
}

export function timedOutCheck(observation: string): ProbeCheckResult {
  return { met: false, observation, final: false, timedOut: true };
}
