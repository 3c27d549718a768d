import { pixel } from './chartScales';

/** A gap this many times the series' usual spacing is a stretch with no data: the line breaks there. */
const GAP_MULTIPLE = 3;
/** …but never for a gap under this share of the window: thinning pairs a bucket's min and max closely. */
const MIN_GAP_SHARE = 0.02;

/**
 * One series as the `d` of one SVG path: a line through its points that breaks where the series has
 * no data (between snapshots nothing is known, so nothing is drawn). A point alone between gaps is
 * a zero-length segment, which a round line cap draws as a dot.
 */
export function seriesPath(
  points: ReadonlyArray<readonly [number, number]>,
  x: (atMs: number) => number,
  y: (value: number) => number,
  windowMs: number,
): string {
  if (points.length === 0) return '';
  const breakAfterMs = Math.max(GAP_MULTIPLE * medianSpacing(points), MIN_GAP_SHARE * windowMs);
  const parts: string[] = [];
  let runLength = 0;
  let previousMs = Number.NEGATIVE_INFINITY;
  for (const [atMs, value] of points) {
    const at = `${pixel(x(atMs))} ${pixel(y(value))}`;
    if (atMs - previousMs > breakAfterMs) {
      if (runLength === 1) parts.push('h0');
      parts.push(`M${at}`);
      runLength = 1;
    } else {
      parts.push(runLength === 1 ? `L${at}` : ` ${at}`);
      runLength++;
    }
    previousMs = atMs;
  }
  if (runLength === 1) parts.push('h0');
  return parts.join('');
}

function medianSpacing(points: ReadonlyArray<readonly [number, number]>): number {
  if (points.length < 2) return 0;
  const spacings = new Float64Array(points.length - 1);
  for (let index = 1; index < points.length; index++) {
    spacings[index - 1] = (points[index]?.[0] ?? 0) - (points[index - 1]?.[0] ?? 0);
  }
  spacings.sort();
  return spacings[Math.floor(spacings.length / 2)] ?? 0;
}
