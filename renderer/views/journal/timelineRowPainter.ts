import type { JournalEvent } from '../../../shared/journalTypes';
import { SEVERITY_MEANINGS } from '../../../shared/journalTypes';
import { clockTime } from '../../journal/timeFormat';

/** Must equal .timeline-row's height in journal.css: rows are placed by arithmetic, never measured. */
export const TIMELINE_ROW_HEIGHT = 28;

interface ShownRow {
  element: HTMLElement;
  event: JournalEvent | undefined;
}

/** The cells of a row, in order: time, kind, actor, subject, severity. */
const CELL_CLASSES = [
  'timeline-time',
  'timeline-kind',
  'timeline-actor',
  'timeline-subject',
  'timeline-severity',
];

/**
 * Draws the timeline's rows straight into the DOM, without React: a fast scroll brings ten new
 * rows a frame, and rewriting the texts of row elements that scrolled out is several times
 * cheaper than building components. Each row sits at its own offset, so rows coming and going
 * never move the others. A row whose page has not arrived is a placeholder with the same cells.
 */
export class TimelineRowPainter {
  private readonly shown = new Map<number, ShownRow>();
  private readonly spare: HTMLElement[] = [];

  constructor(private readonly canvas: HTMLElement) {}

  /** Shows rows [start, end); only rows that are new or whose event changed are touched. */
  paint(start: number, end: number, eventAt: (row: number) => JournalEvent | undefined): void {
    for (const [row, shown] of this.shown) {
      if (row >= start && row < end) continue;
      shown.element.hidden = true;
      // A spare element is no row: nothing that looks for rows may find it.
      delete shown.element.dataset.testid;
      this.spare.push(shown.element);
      this.shown.delete(row);
    }
    for (let row = start; row < end; row++) {
      const event = eventAt(row);
      const shown = this.shown.get(row);
      if (shown && shown.event === event) continue;
      const element = shown?.element ?? this.spare.pop() ?? this.createRow();
      fillRow(element, row, event);
      this.shown.set(row, { element, event });
    }
  }

  private createRow(): HTMLElement {
    const element = document.createElement('div');
    for (const className of CELL_CLASSES) {
      const cell = document.createElement('span');
      cell.className = className;
      element.appendChild(cell);
    }
    this.canvas.appendChild(element);
    return element;
  }
}

function fillRow(element: HTMLElement, row: number, event: JournalEvent | undefined): void {
  const [time, kind, actor, subject, severity] = element.children as unknown as HTMLElement[];
  const level = event?.severity ?? null;
  element.hidden = false;
  element.className = event ? 'timeline-row' : 'timeline-row timeline-placeholder';
  element.style.top = `${row * TIMELINE_ROW_HEIGHT}px`;
  element.dataset.testid = event ? 'timeline-row' : 'timeline-row-placeholder';
  element.dataset.row = String(row);
  setData(element, 'kind', event?.kind);
  setData(element, 'seq', event && String(event.seq));
  setData(element, 'severity', level === null ? undefined : String(level));
  if (!time || !kind || !actor || !subject || !severity) return;
  time.textContent = event ? clockTime(event.time) : '…';
  kind.className = `timeline-kind kind-${event?.kind.split('.')[0] ?? 'none'}`;
  kind.textContent = event?.kind ?? '';
  actor.textContent = event?.actor ?? '';
  subject.textContent = event?.subject ?? '';
  subject.title = event?.subject ?? '';
  severity.className = `timeline-severity sev-${level ?? 'none'}`;
  severity.textContent = level === null ? '' : `SEV${level}`;
  severity.title = level === null ? '' : (SEVERITY_MEANINGS[level] ?? '');
}

function setData(element: HTMLElement, key: string, value: string | undefined): void {
  if (value === undefined) delete element.dataset[key];
  else element.dataset[key] = value;
}
