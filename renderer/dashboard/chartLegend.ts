import type { Panel } from '../../shared/workspace/workspaceTypes';
import type { SeriesSummary } from './seriesSummary';
import { formatValue } from './unitFormat';

/**
 * The legend under a chart: each series' colour, name, current, min and max. Written into the DOM
 * by the chart on each draw, never through React, so a refresh re-renders no component.
 */
export class ChartLegend {
  readonly element = document.createElement('table');
  private cells: { current: HTMLTableCellElement; min: HTMLTableCellElement; max: HTMLTableCellElement }[] =
    [];

  constructor(private readonly panel: Panel) {
    this.element.className = 'chart-legend';
  }

  /** New rows for a new set of series. */
  rebuild(series: readonly { name: string; colour: string }[]): void {
    this.element.replaceChildren();
    this.cells = [];
    if (series.length === 0) return;
    const head = this.element.createTHead().insertRow();
    for (const label of ['Series', 'current', 'min', 'max']) {
      const cell = document.createElement('th');
      cell.scope = 'col';
      cell.textContent = label;
      head.appendChild(cell);
    }
    const body = this.element.createTBody();
    for (const { name, colour } of series) {
      const row = body.insertRow();
      const title = document.createElement('th');
      title.scope = 'row';
      const swatch = document.createElement('span');
      swatch.className = 'chart-legend-swatch';
      swatch.style.background = colour;
      title.append(swatch, name);
      row.appendChild(title);
      this.cells.push({ current: row.insertCell(), min: row.insertCell(), max: row.insertCell() });
    }
  }

  update(summaries: readonly SeriesSummary[]): void {
    const { unit, decimals } = this.panel;
    summaries.forEach((summary, index) => {
      const cells = this.cells[index];
      if (!cells) return;
      setText(cells.current, formatValue(summary.current, unit, decimals));
      setText(cells.min, formatValue(summary.min, unit, decimals));
      setText(cells.max, formatValue(summary.max, unit, decimals));
    });
  }
}

/** Writes only what changed: a text node replaced is a layout invalidated. */
function setText(cell: HTMLElement, text: string): void {
  if (cell.textContent !== text) cell.textContent = text;
}
