/**
 * A k6 run's status as its REST API reports it (`GET /v1/status`), in plain words. The numeric
 * `status` is k6's execution status (docs: k6-rest-api, Get Status; k6 lib ExecutionStatus); the
 * booleans come beside it: a run is `paused` while its status stays at the phase it paused in.
 */

/** k6's execution statuses, in k6's order: the index is the number k6 sends. */
const EXECUTION_STATES = [
  'created',
  'initializingVus',
  'initializingExecutors',
  'initialized',
  'pausedBeforeRun',
  'started',
  'setup',
  'running',
  'teardown',
  'ended',
  'interrupted',
  'markedFailed',
] as const;

/** One of k6's execution statuses, or `unknown` for a number a later k6 may add. */
export type K6ExecutionState = (typeof EXECUTION_STATES)[number] | 'unknown';

/** Each state as k6's documentation words it, for the k6 bar. */
export const K6_EXECUTION_STATE_LABELS: Readonly<Record<K6ExecutionState, string>> = {
  created: 'Created',
  initializingVus: 'Initializing VUs',
  initializingExecutors: 'Initializing executors',
  initialized: 'Initialization complete',
  pausedBeforeRun: 'Paused before the run',
  started: 'Started',
  setup: 'Running setup',
  running: 'Running',
  teardown: 'Running teardown',
  ended: 'Ended',
  interrupted: 'Interrupted',
  markedFailed: 'Marked as failed',
  unknown: 'Unknown status',
};

export interface K6RunStatus {
  state: K6ExecutionState;
  /** The number k6 sent, which names the state when it is `unknown`. */
  statusCode: number;
  paused: boolean;
  /** Asked to stop (`PATCH stopped: true`); the state reaches `interrupted` once k6 has wound down. */
  stopped: boolean;
  /** A threshold has failed. */
  tainted: boolean;
  /** Between the start of the run and its end. */
  running: boolean;
  vus: number;
  vusMax: number;
}

/** The state k6's number stands for. */
export function executionStateOf(statusCode: number): K6ExecutionState {
  return EXECUTION_STATES[statusCode] ?? 'unknown';
}
