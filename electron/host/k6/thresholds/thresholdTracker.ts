import type { K6MetricType } from '../../../../shared/k6/k6Types';
import type { ThresholdSpec } from '../../../../shared/k6/thresholdSpec';
import {
  emptyMetricInputs,
  evaluateThreshold,
  type ThresholdInputs,
  type ThresholdVerdict,
} from './evaluateThreshold';

/** Where one threshold stands; `since` is when it entered this verdict. */
export interface ThresholdState {
  /** `metric key: expression`, e.g. `http_req_duration{expected_response:true}: p(95)<300` */
  key: string;
  metricKey: string;
  source: string;
  verdict: ThresholdVerdict;
  sinceMs: number;
  /** k6 would have stopped the test for this threshold (abortOnFail, past its delayAbortEval). */
  wouldAbort: boolean;
}

export interface ThresholdChange {
  state: ThresholdState;
  previousVerdict: ThresholdVerdict;
}

/** `running`: k6's periodic check, which skips metrics without samples; `final`: the end-of-test check. */
export type ThresholdPhase = 'running' | 'final';

interface TrackedThreshold {
  spec: ThresholdSpec;
  metricType: K6MetricType;
  state: ThresholdState;
}

/**
 * Live verdicts of a test's thresholds. Every threshold starts ok at the test's start, as in k6.
 * `onChange` fires only when a verdict or the would-abort mark changes, so the caller can journal it.
 */
export class ThresholdTracker {
  private readonly byMetric = new Map<string, Map<string, TrackedThreshold>>();

  constructor(
    private readonly testStartMs: number,
    private readonly onChange: (change: ThresholdChange) => void,
  ) {}

  define(metricType: K6MetricType, specs: readonly ThresholdSpec[]): void {
    for (const spec of specs) {
      const metricKey = spec.target.key;
      const source = spec.expression.source;
      const forMetric = this.byMetric.get(metricKey) ?? new Map<string, TrackedThreshold>();
      this.byMetric.set(metricKey, forMetric);
      if (forMetric.has(source)) continue;
      const state: ThresholdState = {
        key: `${metricKey}: ${source}`,
        metricKey,
        source,
        verdict: 'ok',
        sinceMs: this.testStartMs,
        wouldAbort: false,
      };
      forMetric.set(source, { spec, metricType, state });
    }
  }

  /** Judges a metric's thresholds on its current values; null when it has no samples yet. */
  observe(metricKey: string, inputs: ThresholdInputs | null, atMs: number, phase: ThresholdPhase): void {
    const forMetric = this.byMetric.get(metricKey);
    if (!forMetric || (inputs === null && phase === 'running')) return;
    for (const tracked of forMetric.values()) {
      const judged = inputs ?? emptyMetricInputs(tracked.metricType);
      this.apply(tracked, evaluateThreshold(tracked.spec.expression, judged), atMs, phase);
    }
  }

  states(): ThresholdState[] {
    return [...this.byMetric.values()].flatMap((forMetric) =>
      [...forMetric.values()].map((t) => ({ ...t.state })),
    );
  }

  private apply(
    tracked: TrackedThreshold,
    verdict: ThresholdVerdict,
    atMs: number,
    phase: ThresholdPhase,
  ): void {
    const previous = tracked.state;
    const wouldAbort =
      previous.wouldAbort || (phase === 'running' && this.abortsNow(tracked.spec, verdict, atMs));
    if (verdict === previous.verdict && wouldAbort === previous.wouldAbort) return;
    tracked.state = {
      ...previous,
      verdict,
      sinceMs: verdict === previous.verdict ? previous.sinceMs : atMs,
      wouldAbort,
    };
    this.onChange({ state: { ...tracked.state }, previousVerdict: previous.verdict });
  }

  /** k6 aborts on a failing abortOnFail threshold once the test has run strictly longer than the delay. */
  private abortsNow(spec: ThresholdSpec, verdict: ThresholdVerdict, atMs: number): boolean {
    if (verdict !== 'failed' || !spec.abortOnFail) return false;
    return spec.delayAbortEvalMs === null || spec.delayAbortEvalMs < atMs - this.testStartMs;
  }
}
