import type { MarkerTone } from './markerSelection';

/** Series colours, distinct on the dark theme and in order of how far apart they read. */
export const SERIES_COLOURS = [
  '#58a6ff',
  '#3fb950',
  '#ffa657',
  '#d2a8ff',
  '#56d4dd',
  '#f778ba',
  '#e3b341',
  '#a5d6ff',
] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? SERIES_COLOURS[0];
}

/** The theme's colours a canvas needs (it cannot read CSS variables itself). */
export interface ChartColours {
  text: string;
  grid: string;
  target: string;
  markers: Readonly<Record<MarkerTone, string>>;
}

/** Read once per chart from theme.css, so the canvas follows the stylesheet. */
export function chartColours(element: Element): ChartColours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text-muted', '#aab6c3'),
    grid: read('--border', '#2a3441'),
    target: read('--warn', '#e3b341'),
    markers: {
      trouble: read('--danger', '#ff7b72'),
      recovery: read('--ok', '#3fb950'),
      action: read('--accent', '#58a6ff'),
      remark: read('--viewer', '#d2a8ff'),
    },
  };
}
