/**
 * The rehearsal load generator: virtual users ramping up, holding and ramping down against the
 * sandbox, with a weighted request mix, built on autocannon.
 *
 * Autocannon runs a fixed number of connections, so the ramp is made of cohorts: the profile's
 * VUs are split into at most MAX_COHORTS groups (one VU each up to MAX_COHORTS VUs), each group
 * one autocannon instance with a keep-alive connection per VU paced at the profile's requests per
 * second. Once a second the generator compares the VUs the schedule wants with the cohorts
 * running, starts the next cohorts on the way up and stops the newest on the way down, so users
 * already connected are never disturbed. Cohorts, not an instance per VU, because each instance
 * runs its own timers and sampling; not successive short instances, because those would drop and
 * reopen every connection each step.
 *
 * Bounded three ways: each cohort's own autocannon duration ends at the profile's end, a timer
 * ends the run there, and a deadline shortly after resolves the summary whatever autocannon does.
 * stop() stops every cohort at once (autocannon notices within COHORT_SAMPLE_INTERVAL_MS).
 *
 * A target that refuses connections at the start is an error naming it (startLoad rejects);
 * one that fails during the run (the crash drill) is counted in `errors`, with `lastError` saying
 * why. autocannon would reconnect in a busy loop, so a refused cohort stops and is restarted at
 * the next adjustment: its users retry once a second until the target is back.
 */
import { DEADLINE_GRACE_MS, PROGRESS_INTERVAL_MS } from './loadConstants';
import { type LoadProfile, parseLoadProfile, profileSeconds } from './loadProfile';
import { type IntervalStats, LoadTally } from './loadTally';
import { parseNamed } from './loadValidation';
import { DEFAULT_REQUEST_MIX, type RequestMix, requestMixSchema } from './requestMix';
import { probeTarget } from './targetProbe';
import { VuCohort } from './vuCohort';
import { cohortSizes, cohortsFor, type LoadPhase, phaseAt, vusAt } from './vuSchedule';

/** What the UI and CLI show while load runs, once a second and once more when it ends. */
export interface LoadProgress extends IntervalStats {
  elapsedSeconds: number;
  phase: LoadPhase;
  vus: number;
  /** Responses so far, any status. */
  requests: number;
  /** Requests that got no response (reset, timed out) and refused connection attempts. */
  errors: number;
  non2xx: number;
}

export interface LoadSummary {
  endedBy: 'schedule' | 'stop' | 'deadline';
  elapsedSeconds: number;
  peakVus: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
  lastError: string | null;
}

export interface LoadOptions {
  /** The service's base URL, e.g. http://127.0.0.1:8080. */
  target: string;
  /** A profile, validated here; see LOAD_PRESETS for named ones. */
  profile: unknown;
  /** Defaults to DEFAULT_REQUEST_MIX. */
  mix?: unknown;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadRun {
  profile: LoadProfile;
  /** Ends the run now; resolves with its summary. */
  stop(): Promise<LoadSummary>;
  /** Resolves with the summary when the run ends, however it ends. */
  done: Promise<LoadSummary>;
}

/** Starts load against `target`; rejects on a bad profile or mix, or a target that refuses connections. */
export async function startLoad(options: LoadOptions): Promise<LoadRun> {
  const profile = parseLoadProfile(options.profile);
  const mix: RequestMix =
    options.mix === undefined
      ? DEFAULT_REQUEST_MIX
      : parseNamed('request mix', requestMixSchema, options.mix);
  await probeTarget(options.target);

  const totalMs = profileSeconds(profile) * 1000;
  const sizes = cohortSizes(profile.vus);
  const running: VuCohort[] = [];
  const started = performance.now();
  const tally = new LoadTally(started);
  const elapsedSeconds = () => (performance.now() - started) / 1000;
  const runningVus = () => running.reduce((sum, cohort) => sum + cohort.vus, 0);
  let peakVus = 0;
  let ending: Promise<LoadSummary> | null = null;
  let resolveDone: (summary: LoadSummary) => void = () => {};
  const done = new Promise<LoadSummary>((resolve) => {
    resolveDone = resolve;
  });

  function adjust(elapsed: number): void {
    // A refused cohort stopped itself; starting it afresh is its users retrying a second later.
    const firstRefused = running.findIndex((cohort) => cohort.refused);
    if (firstRefused >= 0) for (const cohort of running.splice(firstRefused)) void cohort.stop();
    const wanted = cohortsFor(sizes, vusAt(profile, elapsed));
    while (running.length < wanted) {
      running.push(
        new VuCohort({
          target: options.target,
          vus: sizes[running.length] ?? 1,
          vuRequestsPerSecond: profile.vuRequestsPerSecond,
          mix,
          maxSeconds: (totalMs + DEADLINE_GRACE_MS) / 1000 - elapsed,
          onResponse: (statusCode, latencyMs) => tally.response(statusCode, latencyMs),
          onError: (error) => tally.error(error),
        }),
      );
    }
    while (running.length > wanted) void running.pop()?.stop();
    peakVus = Math.max(peakVus, runningVus());
  }

  function report(elapsed: number): void {
    const progress = {
      ...tally.closeInterval(performance.now()),
      elapsedSeconds: elapsed,
      phase: phaseAt(profile, elapsed),
      vus: runningVus(),
      requests: tally.requests,
      errors: tally.errors,
      non2xx: tally.non2xx,
    };
    // A listener's failure must not stop the load or leave its timers running.
    try {
      options.onProgress?.(progress);
    } catch (error) {
      console.error('warroom load: a progress listener failed:', error);
    }
  }

  function summary(endedBy: LoadSummary['endedBy'], elapsed: number): LoadSummary {
    const { requests, errors, non2xx, lastError } = tally;
    const requestsPerSecond = elapsed > 0 ? requests / elapsed : 0;
    return {
      endedBy,
      elapsedSeconds: elapsed,
      peakVus,
      requests,
      requestsPerSecond,
      errors,
      non2xx,
      lastError,
    };
  }

  function end(endedBy: LoadSummary['endedBy']): Promise<LoadSummary> {
    if (ending) return ending;
    clearInterval(ticker);
    clearTimeout(scheduleEnd);
    const elapsed = elapsedSeconds();
    const stopping = running.splice(0).map((cohort) => cohort.stop());
    report(elapsed);
    const result = summary(endedBy, elapsed);
    ending = Promise.all(stopping).then(() => result);
    void ending.then(resolveDone);
    return ending;
  }

  adjust(0);
  const ticker = setInterval(() => {
    const elapsed = elapsedSeconds();
    adjust(elapsed);
    report(elapsed);
  }, PROGRESS_INTERVAL_MS);
  const scheduleEnd = setTimeout(() => void end('schedule'), totalMs);
  const deadline = setTimeout(() => {
    void end('deadline');
    resolveDone(summary('deadline', elapsedSeconds()));
  }, totalMs + DEADLINE_GRACE_MS);
  void done.then(() => clearTimeout(deadline));

  return { profile, stop: () => end('stop').then(() => done), done };
}
