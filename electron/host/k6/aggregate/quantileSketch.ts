import { CollapsingBinStore } from './collapsingBinStore';

/** Issue 7: percentiles within 1 % of k6's exact ones; every bin's value is this close to its members. */
export const RELATIVE_ACCURACY = 0.01;
/** Bins per sign: at 1 % they span a ratio of e^41 between smallest and largest value before any folding. */
export const MAX_BINS_PER_SIGN = 2048;
/** Values closer to zero than this count as zero: a femtosecond when the unit is milliseconds. */
const SMALLEST_INDEXED = 1e-12;

const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const INVERSE_LOG_GAMMA = 1 / Math.log(GAMMA);

/** Bin `i` holds the magnitudes in (γ^(i-1), γ^i]. */
function binIndex(magnitude: number): number {
  return Math.ceil(Math.log(magnitude) * INVERSE_LOG_GAMMA);
}

/** The point of bin `i` whose relative distance to both ends is RELATIVE_ACCURACY. */
function binValue(index: number): number {
  return (2 * GAMMA ** index) / (GAMMA + 1);
}

/**
 * A mergeable relative-error quantile sketch (DDSketch's logarithmic bins): memory is bounded by
 * MAX_BINS_PER_SIGN per sign whatever the number of values; count, sum, min and max are exact.
 * `quantile(q)` follows k6 (linear interpolation between the two ranks around q·(count-1)), so
 * interpolating between two values each within 1 % keeps the result within 1 % for values of one sign.
 */
export class QuantileSketch {
  private readonly positive = new CollapsingBinStore(MAX_BINS_PER_SIGN);
  private readonly negative = new CollapsingBinStore(MAX_BINS_PER_SIGN);
  private zeros = 0;
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  add(value: number): void {
    if (value > SMALLEST_INDEXED) this.positive.add(binIndex(value), 1);
    else if (value < -SMALLEST_INDEXED) this.negative.add(binIndex(-value), 1);
    else this.zeros++;
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  merge(other: QuantileSketch): void {
    this.positive.mergeFrom(other.positive);
    this.negative.mergeFrom(other.negative);
    this.zeros += other.zeros;
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /** k6's percentile: 0 when empty, else interpolated between the ranks around q·(count-1). */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = q * (this.count - 1);
    const below = Math.floor(rank);
    const low = this.valueAtRank(below);
    if (rank === below) return low;
    return low + (this.valueAtRank(below + 1) - low) * (rank - below);
  }

  reset(): void {
    this.positive.reset();
    this.negative.reset();
    this.zeros = 0;
    this.count = 0;
    this.sum = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = Number.NEGATIVE_INFINITY;
  }

  allocatedBins(): number {
    return this.positive.allocatedBins() + this.negative.allocatedBins();
  }

  /** The value of 0-based `rank` in ascending order; the extremes are exact. */
  private valueAtRank(rank: number): number {
    if (rank <= 0) return this.min;
    if (rank >= this.count - 1) return this.max;
    let value: number;
    if (rank < this.negative.total) {
      value = -binValue(this.negative.indexAtRank(rank, true));
    } else if (rank < this.negative.total + this.zeros) {
      value = 0;
    } else {
      value = binValue(this.positive.indexAtRank(rank - this.negative.total - this.zeros, false));
    }
    return Math.min(this.max, Math.max(this.min, value));
  }
}
