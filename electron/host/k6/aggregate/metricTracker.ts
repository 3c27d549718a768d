import type { K6MetricDefinition, K6Point, K6Submetric } from '../../../../shared/k6/k6Types';
import { createMetricAggregate, type MetricAggregate } from './metricAggregate';
import { SecondWindows } from './secondWindows';
import { TagSetIndex } from './tagSetIndex';
import type { TrendStat } from './trendStats';

interface SubmetricAggregate {
  definition: K6Submetric;
  tagKeys: string[];
  tagValues: string[];
  aggregate: MetricAggregate;
  samples: number;
}

/**
 * Everything kept of one metric: the cumulative aggregate, one per tag set, one per submetric (a
 * point belongs to a submetric when it carries all of the submetric's tags with their values) and
 * the per-second windows.
 */
export class MetricTracker {
  readonly total: MetricAggregate;
  readonly tagSets: TagSetIndex<MetricAggregate>;
  readonly submetrics: SubmetricAggregate[];
  readonly windows: SecondWindows<MetricAggregate>;
  /** Points seen: thresholds treat a metric without any differently (see evaluateThreshold.ts). */
  samples = 0;

  constructor(
    readonly definition: K6MetricDefinition,
    summaryStats: readonly TrendStat[],
    windowStats: readonly TrendStat[],
  ) {
    const create = () => createMetricAggregate(definition.type, summaryStats);
    this.total = create();
    this.tagSets = new TagSetIndex(create);
    this.submetrics = definition.submetrics.map((submetric) => ({
      definition: submetric,
      tagKeys: Object.keys(submetric.tags),
      tagValues: Object.values(submetric.tags),
      aggregate: create(),
      samples: 0,
    }));
    this.windows = new SecondWindows(() => createMetricAggregate(definition.type, windowStats));
  }

  add(point: K6Point): void {
    const { value, timeMs, tags } = point;
    this.total.add(value, timeMs);
    this.samples++;
    this.tagSets.find(tags)?.add(value, timeMs);
    for (const submetric of this.submetrics) {
      if (carriesAll(tags, submetric.tagKeys, submetric.tagValues)) {
        submetric.aggregate.add(value, timeMs);
        submetric.samples++;
      }
    }
    this.windows.at(timeMs)?.add(value, timeMs);
  }

  /** Sketch bins held by all of this metric's aggregates. */
  allocatedBins(): number {
    let bins = this.total.allocatedBins();
    for (const entry of this.tagSets.entries) bins += entry.aggregate.allocatedBins();
    for (const submetric of this.submetrics) bins += submetric.aggregate.allocatedBins();
    for (const window of this.windows.allocated()) bins += window.allocatedBins();
    return bins;
  }
}

function carriesAll(tags: Record<string, string>, keys: string[], values: string[]): boolean {
  for (let index = 0; index < keys.length; index++) {
    if (tags[keys[index] as string] !== values[index]) return false;
  }
  return true;
}
