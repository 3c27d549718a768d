import type { K6MetricDefinition, K6Submetric, K6ThresholdSource } from '../../../../shared/k6/k6Types';
import { parseSubmetricKey } from '../../../../shared/k6/submetricKey';
import type { ThresholdExpression } from '../../../../shared/k6/thresholdExpression';
import { readThresholdSpec, type ThresholdSpec } from '../../../../shared/k6/thresholdSpec';
import type { K6ThresholdStatus } from '../../../../shared/k6StatusTypes';
import type { K6Aggregator } from '../aggregate/k6Aggregator';
import type { ThresholdInputs } from '../thresholds/evaluateThreshold';
import { type ThresholdChange, type ThresholdPhase, ThresholdTracker } from '../thresholds/thresholdTracker';

type Origin = K6ThresholdStatus['origin'];

interface BookEntry {
  spec: ThresholdSpec;
  origin: Origin;
}

/** A verdict changed; with the status it changed to, for the journal. */
export interface K6ThresholdChange {
  status: K6ThresholdStatus;
  previousVerdict: K6ThresholdStatus['verdict'];
}

/** Operators a line on a chart shows truthfully: a side of the line is ok, the other is not. */
const LINE_OPERATORS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=']);

/**
 * A test's thresholds, from the output's Metric lines (the script's options) and from the
 * workspace, judged live as k6 judges them. A threshold written in both places is judged once, as
 * the output's.
 */
export class K6ThresholdBook {
  private readonly entries = new Map<string, BookEntry>();
  private readonly definedTypes: { definition: K6MetricDefinition; specs: ThresholdSpec[] }[] = [];
  private tracker: ThresholdTracker | null = null;
  /** Thresholds that cannot be judged, in words. */
  readonly problems: string[] = [];

  constructor(
    private readonly workspace: Readonly<Record<string, K6ThresholdSource[]>>,
    private readonly onChange: (change: K6ThresholdChange) => void,
    private readonly aggregator: K6Aggregator,
  ) {}

  /** The definition with the submetrics the workspace's thresholds select added, so they are aggregated. */
  withWorkspaceSubmetrics(definition: K6MetricDefinition): K6MetricDefinition {
    const known = new Set(definition.submetrics.map((submetric) => submetric.name));
    const added: K6Submetric[] = [];
    for (const key of Object.keys(this.workspace)) {
      const target = parseSubmetricKey(key);
      if (target.metric !== definition.name || !target.tags || !target.suffix || known.has(key)) continue;
      added.push({ name: key, suffix: target.suffix, tags: target.tags });
    }
    return added.length === 0
      ? definition
      : { ...definition, submetrics: [...definition.submetrics, ...added] };
  }

  /** Takes a metric's thresholds once its Metric line (and so its type) is known. */
  define(definition: K6MetricDefinition): void {
    const specs: ThresholdSpec[] = [];
    const add = (key: string, source: K6ThresholdSource, origin: Origin) => {
      const expression = typeof source === 'string' ? source : source.threshold;
      try {
        const spec = readThresholdSpec(key, definition.type, source);
        const entryKey = `${key}: ${spec.expression.source}`;
        if (this.entries.has(entryKey)) return;
        this.entries.set(entryKey, { spec, origin });
        specs.push(spec);
      } catch (error) {
        const from = origin === 'workspace' ? 'the workspace' : 'the output';
        this.problems.push(`${key}: ${expression} (from ${from}): ${(error as Error).message}`);
      }
    };
    for (const source of definition.thresholds) add(definition.name, source, 'output');
    for (const [key, sources] of Object.entries(this.workspace)) {
      if (parseSubmetricKey(key).metric !== definition.name) continue;
      for (const source of sources) add(key, source, 'workspace');
    }
    if (specs.length === 0) return;
    this.definedTypes.push({ definition, specs });
    this.tracker?.define(definition.type, specs);
  }

  /** Judges every threshold on the values read so far; `final` at the end of the test, as k6 does. */
  check(atMs: number, phase: ThresholdPhase): void {
    const tracker = this.trackerFrom(this.aggregator.earliestTimeMs());
    if (!tracker) return;
    for (const key of new Set([...this.entries.values()].map((entry) => entry.spec.target.key))) {
      tracker.observe(key, this.inputsOf(key), atMs, phase);
    }
  }

  statuses(): K6ThresholdStatus[] {
    const states = new Map((this.tracker?.states() ?? []).map((state) => [state.key, state]));
    return [...this.entries].map(([key, entry]) => {
      const state = states.get(key);
      return this.status(
        key,
        entry,
        state?.verdict ?? 'ok',
        state?.sinceMs ?? null,
        state?.wouldAbort ?? false,
      );
    });
  }

  /** The tracker starts with the test: its start is the first point's time. */
  private trackerFrom(startMs: number | null): ThresholdTracker | null {
    if (this.tracker || startMs === null) return this.tracker;
    const tracker = new ThresholdTracker(startMs, (change) => this.changed(change));
    for (const { definition, specs } of this.definedTypes) tracker.define(definition.type, specs);
    this.tracker = tracker;
    return tracker;
  }

  private changed({ state, previousVerdict }: ThresholdChange): void {
    const entry = this.entries.get(state.key);
    if (!entry) return;
    const status = this.status(state.key, entry, state.verdict, state.sinceMs, state.wouldAbort);
    this.onChange({ status, previousVerdict });
  }

  private inputsOf(metricKey: string): ThresholdInputs | null {
    const found = this.aggregator.lookup(metricKey);
    if (!found || found.samples === 0) return null;
    return { values: found.values, percentile: found.percentile ?? undefined };
  }

  private status(
    key: string,
    { spec, origin }: BookEntry,
    verdict: K6ThresholdStatus['verdict'],
    since: number | null,
    wouldAbort: boolean,
  ): K6ThresholdStatus {
    const { expression } = spec;
    return {
      key,
      metricKey: spec.target.key,
      expression: expression.source,
      origin,
      verdict,
      since,
      abortOnFail: spec.abortOnFail,
      wouldAbort,
      observed: this.observed(spec.target.key, expression),
      line:
        LINE_OPERATORS.has(expression.operator) && expression.aggregation !== 'count'
          ? expression.value
          : null,
    };
  }

  private observed(metricKey: string, expression: ThresholdExpression): number | null {
    const inputs = this.inputsOf(metricKey);
    if (!inputs) return null;
    const value =
      inputs.values[expression.valueKey] ??
      (expression.percentile !== null ? inputs.percentile?.(expression.percentile) : undefined);
    return value !== undefined && Number.isFinite(value) ? value : null;
  }
}
