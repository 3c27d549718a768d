import { OBSERVATION_EXCERPT_CHARS } from './probeConstants';

/** How values are quoted in a probe's observations: short, on one line, as JSON where they are JSON. */

/** Text cut to one line of OBSERVATION_EXCERPT_CHARS, with an ellipsis when cut. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > OBSERVATION_EXCERPT_CHARS ? `${line.slice(0, OBSERVATION_EXCERPT_CHARS)}…` : line;
}

/** A JSON value as it reads in the body: `"UP"`, `42`, `null`, `{"db":"UP"}`. */
export function showJson(value: unknown): string {
  return excerpt(JSON.stringify(value) ?? String(value));
}

/** A sample value to four significant digits (enough to tell 0.3 from 0.31), Prometheus's spellings else. */
export function showSample(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return Number(value.toPrecision(4)).toString();
}

/** A measured time: "850ms" below a second, "2.4s" above. */
export function showElapsed(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}
