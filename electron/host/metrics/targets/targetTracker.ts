import { meetsTarget, type TargetSpec, type TargetState } from '../../../../shared/targetTypes';

/** A change worth journaling: a breach begins, or one ends. Pending and back is not one. */
export type TargetTransition =
  | {
      kind: 'breached';
      /** The worst value when the breach was declared. */
      value: number;
      /** When the series first missed the target (the start of the pending spell). */
      missingSince: number;
    }
  | {
      kind: 'recovered';
      /** The value that met the target again. */
      value: number;
      /** The worst value seen while breached. */
      worstValue: number;
      missingSince: number;
      breachedAt: number;
      /** From the first miss to the recovery, in milliseconds. */
      lastedMs: number;
    };

/**
 * One query's target, judged on every refresh from the values of all its series (the worst one
 * counts): ok, pending while it misses for less than `forMs`, breached after. Evaluated in the
 * host so breaches are caught with no window open.
 */
export class TargetTracker {
  private current: TargetState = 'no-data';
  private missingSince: number | null = null;
  private breachedAt: number | null = null;
  private worstWhileBreached = Number.NaN;

  constructor(readonly target: TargetSpec) {}

  get state(): TargetState {
    return this.current;
  }

  /** When the current miss began, while pending or breached. */
  get since(): number | null {
    return this.missingSince;
  }

  /** Judges one refresh's values at `now`; returns the transition it causes, if any. */
  observe(now: number, values: readonly number[]): TargetTransition | null {
    const judged = values.filter(Number.isFinite);
    if (judged.length === 0) return this.noData();
    const worst = this.worstOf(judged);
    if (meetsTarget(worst, this.target)) return this.met(now, worst);
    this.missingSince ??= now;
    if (this.current === 'breached') {
      this.worstWhileBreached = this.worstOf([this.worstWhileBreached, worst]);
      return null;
    }
    if (now - this.missingSince < this.target.forMs) {
      this.current = 'pending';
      return null;
    }
    this.current = 'breached';
    this.breachedAt = now;
    this.worstWhileBreached = worst;
    return { kind: 'breached', value: worst, missingSince: this.missingSince };
  }

  private met(now: number, value: number): TargetTransition | null {
    const wasBreached = this.current === 'breached';
    const { missingSince, breachedAt, worstWhileBreached } = this;
    this.current = 'ok';
    this.missingSince = null;
    this.breachedAt = null;
    if (!wasBreached || missingSince === null || breachedAt === null) return null;
    return {
      kind: 'recovered',
      value,
      worstValue: worstWhileBreached,
      missingSince,
      breachedAt,
      lastedMs: now - missingSince,
    };
  }

  /** Nothing to judge: a breach stands until data shows it over; a pending spell starts again. */
  private noData(): null {
    if (this.current !== 'breached') {
      this.current = 'no-data';
      this.missingSince = null;
    }
    return null;
  }

  /** The value furthest on the wrong side: the highest for an upper bound, the lowest for a lower one. */
  private worstOf(values: readonly number[]): number {
    const judged = values.filter(Number.isFinite);
    const upperBound = this.target.comparator === '<' || this.target.comparator === '<=';
    return upperBound ? Math.max(...judged) : Math.min(...judged);
  }
}
