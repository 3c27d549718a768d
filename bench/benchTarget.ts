/**
 * One figure a bench is held to, as BENCHMARKS.md lists it: what was measured, against which
 * baseline of the same run, and the target. `met: null` marks a figure shown for information.
 */
export interface BenchTarget {
  figure: string;
  measured: string;
  baseline: string | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
}
