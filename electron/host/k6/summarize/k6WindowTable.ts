import { K6_PANEL_METRICS, K6_PANELS, type K6PanelSeries } from '../../../../shared/k6/k6PanelMetrics';
import type { K6WindowSummary } from './windowedSummary';

/** The columns a window line may have: the k6 panels' lines, in the dashboard's order. */
const COLUMNS: readonly K6PanelSeries[] = K6_PANEL_METRICS.flatMap((metric) => K6_PANELS[metric].series);

/** A cell as narrow as the figure allows: the window table is read down, a column at a time. */
const CELL_WIDTH = 12;

/**
 * The windows as a terminal shows them: a line per window (its start, UTC) with the k6 panels'
 * figures for it; only the columns some window has a value for.
 */
export function formatK6WindowTable(windows: readonly K6WindowSummary[]): string {
  const columns = COLUMNS.filter((column) =>
    windows.some((window) => cellValue(window, column) !== undefined),
  );
  if (columns.length === 0) {
    return `${windows.length} window(s), none with k6's built-in metrics: --json lists every metric of each`;
  }
  const header = ['window (UTC)', ...columns.map((column) => column.name)];
  const lines = [
    header
      .map((cell) => cell.padEnd(CELL_WIDTH))
      .join(' ')
      .trimEnd(),
  ];
  for (const window of windows) {
    const start = new Date(window.startMs).toISOString().slice(11, 23);
    const cells = columns.map((column) => {
      const value = cellValue(window, column);
      return value === undefined ? '–' : formatCell(column, value, window);
    });
    lines.push(
      [start, ...cells]
        .map((cell) => cell.padEnd(CELL_WIDTH))
        .join(' ')
        .trimEnd(),
    );
  }
  return lines.join('\n');
}

function cellValue(window: K6WindowSummary, column: K6PanelSeries): number | undefined {
  return window.metrics[column.metric]?.values[column.value];
}

function formatCell(column: K6PanelSeries, value: number, window: K6WindowSummary): string {
  const metric = window.metrics[column.metric];
  if (metric?.type === 'rate') return `${round(value * 100)}%`;
  if (metric?.contains === 'time') return `${round(value)}ms`;
  if (metric?.contains === 'data') return `${round(value)}B/s`;
  if (metric?.type === 'counter') return `${round(value)}/s`;
  return String(round(value));
}

/** Two decimals at most, as k6's own summary shows them. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
