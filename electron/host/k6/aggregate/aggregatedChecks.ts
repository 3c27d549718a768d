import type { K6ImportedCheck } from '../summary/k6SummaryTypes';
import type { K6Aggregator } from './k6Aggregator';

/** The checks' passes and fails by `::group::check` path, as k6's summary lists them. */
export function aggregatedChecks(aggregator: K6Aggregator): K6ImportedCheck[] {
  const byPath = new Map<string, K6ImportedCheck>();
  for (const { tags, values } of aggregator.tagSets('checks').tagSets) {
    if (tags.check === undefined) continue;
    const path = `${tags.group ?? ''}::${tags.check}`;
    const check = byPath.get(path) ?? { path, passes: 0, fails: 0 };
    check.passes += values.passes ?? 0;
    check.fails += values.fails ?? 0;
    byPath.set(path, check);
  }
  return [...byPath.values()];
}
