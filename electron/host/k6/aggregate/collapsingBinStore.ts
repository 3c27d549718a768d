/** Bins allocated at first: a second of latencies rarely spans more. */
const INITIAL_BINS = 64;

/**
 * Counts per sketch bin index, in one contiguous array covering the indices in use, grown as needed
 * and reused after `reset()`. It never holds more than `maxBins` bins: when a new index would widen
 * the range past that, the lowest bins fold into the lowest one kept (DDSketch's "collapsing lowest"
 * store), so the high quantiles a load test watches keep their accuracy and only the smallest
 * values lose theirs.
 */
export class CollapsingBinStore {
  private counts = new Float64Array(0);
  /** Bin index of `counts[0]`. */
  private offset = 0;
  private lowest = 0;
  private highest = -1;
  total = 0;

  constructor(private readonly maxBins: number) {}

  add(index: number, count: number): void {
    let bin = index;
    if (this.total === 0) {
      this.ensureCovers(bin, bin);
      this.lowest = bin;
      this.highest = bin;
    } else if (bin < this.lowest) {
      // Too low to fit beside the highest bin: it joins the lowest bin allowed.
      if (this.highest - bin >= this.maxBins) bin = this.highest - this.maxBins + 1;
      if (bin < this.lowest) {
        this.ensureCovers(bin, this.highest);
        this.lowest = bin;
      }
    } else if (bin > this.highest) {
      const lowestAllowed = bin - this.maxBins + 1;
      if (lowestAllowed > this.lowest) this.foldBelow(lowestAllowed);
      this.ensureCovers(this.lowest, bin);
      this.highest = bin;
    }
    const slot = bin - this.offset;
    this.counts[slot] = (this.counts[slot] ?? 0) + count;
    this.total += count;
  }

  /** The bin index holding the value of 0-based `rank`, counting from the lowest bin or the highest. */
  indexAtRank(rank: number, fromHighest: boolean): number {
    let seen = 0;
    if (fromHighest) {
      for (let bin = this.highest; bin > this.lowest; bin--) {
        seen += this.counts[bin - this.offset] ?? 0;
        if (seen > rank) return bin;
      }
      return this.lowest;
    }
    for (let bin = this.lowest; bin < this.highest; bin++) {
      seen += this.counts[bin - this.offset] ?? 0;
      if (seen > rank) return bin;
    }
    return this.highest;
  }

  mergeFrom(other: CollapsingBinStore): void {
    if (other.total === 0) return;
    for (let bin = other.lowest; bin <= other.highest; bin++) {
      const count = other.counts[bin - other.offset] ?? 0;
      if (count > 0) this.add(bin, count);
    }
  }

  /** Empties the store and keeps its array for the next use. */
  reset(): void {
    this.counts.fill(0);
    this.total = 0;
    this.lowest = 0;
    this.highest = -1;
  }

  /** Bins allocated: what the store costs in memory (8 bytes each). */
  allocatedBins(): number {
    return this.counts.length;
  }

  private foldBelow(newLowest: number): void {
    let folded = 0;
    const last = Math.min(this.highest, newLowest - 1);
    for (let bin = this.lowest; bin <= last; bin++) {
      folded += this.counts[bin - this.offset] ?? 0;
      this.counts[bin - this.offset] = 0;
    }
    this.lowest = newLowest;
    if (this.highest < newLowest) this.highest = newLowest;
    this.ensureCovers(this.lowest, this.highest);
    const slot = newLowest - this.offset;
    this.counts[slot] = (this.counts[slot] ?? 0) + folded;
  }

  /** Makes the array cover bins `low..high` (a span of at most `maxBins`), keeping the counts. */
  private ensureCovers(low: number, high: number): void {
    if (low >= this.offset && high < this.offset + this.counts.length) return;
    const span = high - low + 1;
    const length = Math.min(this.maxBins, Math.max(INITIAL_BINS, span * 2));
    const offset = low - Math.floor((length - span) / 2);
    const counts = new Float64Array(length);
    const copyFrom = Math.max(offset, this.offset);
    const copyTo = Math.min(offset + length, this.offset + this.counts.length);
    if (copyTo > copyFrom) {
      counts.set(this.counts.subarray(copyFrom - this.offset, copyTo - this.offset), copyFrom - offset);
    }
    this.counts = counts;
    this.offset = offset;
  }
}
