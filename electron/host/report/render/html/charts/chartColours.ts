/**
 * Series colours: a class per position, the colours themselves in the style sheet, so the SVG
 * carries no colour of its own and prints as it shows. Eight, then they repeat.
 */
export const SERIES_COLOURS = [
  '#1f6fd1',
  '#d9730d',
  '#2e9d5b',
  '#8e44ad',
  '#c0392b',
  '#0f9fa8',
  '#7f6a00',
  '#6b7280',
];

export function seriesColourClass(index: number): string {
  return `c${index % SERIES_COLOURS.length}`;
}
