import { z } from 'zod';

/** How a series is compared with its target: the value must satisfy `value COMPARATOR target`. */
export const TARGET_COMPARATORS = ['<', '<=', '>', '>='] as const;
export const targetComparatorSchema = z.enum(TARGET_COMPARATORS);
export type TargetComparator = z.infer<typeof targetComparatorSchema>;

/** A panel query's target: `comparator value`, held for `forMs` before a miss counts as a breach. */
export interface TargetSpec {
  comparator: TargetComparator;
  value: number;
  /** 0: breached on the first miss; else the miss must last this long (pending meanwhile). */
  forMs: number;
}

/**
 * ok: every series meets the target; pending: one misses, not yet for `forMs`; breached: one has
 * missed for `forMs` or longer; no-data: the query returned nothing to judge.
 */
export const targetStateSchema = z.enum(['ok', 'pending', 'breached', 'no-data']);
export type TargetState = z.infer<typeof targetStateSchema>;

/** Whether `value` meets the target; only finite values are judged (NaN, Prometheus's 0/0, is no data). */
export function meetsTarget(value: number, target: Pick<TargetSpec, 'comparator' | 'value'>): boolean {
  switch (target.comparator) {
    case '<':
      return value < target.value;
    case '<=':
      return value <= target.value;
    case '>':
      return value > target.value;
    case '>=':
      return value >= target.value;
  }
}

/** "< 300", as panels and the journal show a target. */
export function describeTarget(target: Pick<TargetSpec, 'comparator' | 'value'>): string {
  return `${target.comparator} ${target.value}`;
}
