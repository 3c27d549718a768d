/**
 * What runs inside the console's page. Each function is serialised by Playwright, so it
 * reaches nothing outside its own body.
 */

export interface TimelineOpenMarks {
  /** When the Journal tab was clicked: the moment the console connected, nothing fetched yet. */
  clickedAt: number;
  /** When the first real rows were on screen together with the expected total. */
  rowsAt: number | null;
}

/** How the timeline moves during one phase of the scroll measurement. */
export type ScrollPhase = 'idle' | 'fling' | 'jumps';

export interface ScrollFigures {
  /** Main-thread time of each frame (scroll handling, React, style, layout, paint), per phase. */
  frameWorkMs: Record<ScrollPhase, number[]>;
  /** Frames after which some row in the viewport was still a placeholder. */
  placeholderFrames: number;
}

/** An init script: clicks Journal as the console connects, then notes when rows and total show. */
export function openJournalOnConnect(expectedTotal: number): void {
  const marks: TimelineOpenMarks = { clickedAt: 0, rowsAt: null };
  (window as unknown as { timelineOpen: TimelineOpenMarks }).timelineOpen = marks;
  const shown = () =>
    document.querySelector('[data-testid="timeline-row"]') !== null &&
    document.querySelector(`[data-testid="timeline-total"][data-total="${expectedTotal}"]`) !== null;
  const waitForRows = () => {
    if (shown()) marks.rowsAt = performance.now();
    else requestAnimationFrame(waitForRows);
  };
  const observer = new MutationObserver(() => {
    const connected = document.querySelector('[data-testid="connection-status"][data-status="connected"]');
    const journalTab = document.querySelector<HTMLElement>('[data-testid="nav-journal"]');
    if (!connected || !journalTab) return;
    observer.disconnect();
    marks.clickedAt = performance.now();
    journalTab.click();
    requestAnimationFrame(waitForRows);
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { subtree: true, childList: true, attributes: true }),
  );
}

/**
 * Scrolls the timeline from the top through the phases in turn: still (the page's own frame
 * cost, the baseline), a fast fling of `pxPerFrame`, and jumps to random places (a dragged
 * scroll bar). Each move is made between frames, as a real scroll is, so the frame that
 * paints it also renders its rows.
 */
export function scrollTimeline({
  phases,
  pxPerFrame,
  rowHeight,
}: {
  phases: { phase: ScrollPhase; ms: number }[];
  pxPerFrame: number;
  rowHeight: number;
}): Promise<ScrollFigures> {
  const scroller = document.querySelector<HTMLElement>('[data-testid="timeline"]');
  if (!scroller) throw new Error('no timeline on the page');
  const figures: ScrollFigures = { frameWorkMs: { idle: [], fling: [], jumps: [] }, placeholderFrames: 0 };
  const placeholderVisible = () => {
    const top = scroller.scrollTop;
    const bottom = top + scroller.clientHeight;
    for (const row of scroller.querySelectorAll('[data-testid="timeline-row-placeholder"]')) {
      const y = Number(row.getAttribute('data-row')) * rowHeight;
      if (y + rowHeight > top && y < bottom) return true;
    }
    return false;
  };
  const move = (phase: ScrollPhase) => {
    if (phase === 'fling') scroller.scrollTop += pxPerFrame;
    else if (phase === 'jumps') scroller.scrollTop = Math.floor(Math.random() * scroller.scrollHeight);
  };
  const phaseAt = (elapsed: number): ScrollPhase | null => {
    let end = 0;
    for (const { phase, ms } of phases) {
      end += ms;
      if (elapsed < end) return phase;
    }
    return null;
  };

  scroller.scrollTop = 0;
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    let started = 0;
    let frameStart = 0;
    let moved: ScrollPhase = 'idle';
    // Posted from inside a frame, a message is handled once that frame has been rendered.
    channel.port1.onmessage = () => {
      figures.frameWorkMs[moved].push(performance.now() - frameStart);
      if (placeholderVisible()) figures.placeholderFrames++;
      const next = phaseAt(frameStart - started);
      if (next === null) {
        resolve(figures);
        return;
      }
      move(next);
      moved = next;
      requestAnimationFrame(frame);
    };
    const frame = (timestamp: number) => {
      started ||= timestamp;
      frameStart = timestamp;
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * The baseline: the same rows (classes, fixed height, absolute offsets) as a hand-written DOM
 * list with no framework and no data to fetch, laid over the console's timeline and taking its
 * test id, so scrollTimeline drives it instead. What a browser needs to draw these rows at all.
 */
export function mountPlainDomList({ total, rowHeight }: { total: number; rowHeight: number }): void {
  const timeline = document.querySelector<HTMLElement>('[data-testid="timeline"]');
  if (!timeline) throw new Error('no timeline on the page');
  const box = timeline.getBoundingClientRect();
  const scroller = document.createElement('div');
  scroller.className = 'timeline-scroller';
  scroller.style.cssText = `position:fixed;left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px`;
  const canvas = document.createElement('div');
  canvas.className = 'timeline-canvas';
  canvas.style.height = `${total * rowHeight}px`;
  scroller.appendChild(canvas);
  timeline.removeAttribute('data-testid');
  scroller.setAttribute('data-testid', 'timeline');
  document.body.appendChild(scroller);
  const rows = new Map<number, HTMLElement>();
  const overscan = 10;
  const render = () => {
    const first = Math.floor(scroller.scrollTop / rowHeight);
    const start = Math.max(0, first - overscan);
    const end = Math.min(total, first + Math.ceil(scroller.clientHeight / rowHeight) + 1 + overscan);
    for (const [row, element] of rows) {
      if (row >= start && row < end) continue;
      element.remove();
      rows.delete(row);
    }
    for (let row = start; row < end; row++) {
      if (rows.has(row)) continue;
      const element = document.createElement('div');
      element.className = 'timeline-row';
      element.style.top = `${row * rowHeight}px`;
      const cells: [string, string][] = [
        ['timeline-time', '12:00:00'],
        ['timeline-kind kind-probe', 'probe.result'],
        ['timeline-actor', 'warroom'],
        ['timeline-subject', `GET /health → 200 in ${row % 250} ms`],
      ];
      for (const [className, text] of cells) {
        const cell = document.createElement('span');
        cell.className = className;
        cell.textContent = text;
        element.appendChild(cell);
      }
      canvas.appendChild(element);
      rows.set(row, element);
    }
  };
  scroller.addEventListener('scroll', render);
  render();
}

/** Ticks a severity filter and times the host's answer to the first rows and the new total. */
export function timeSeverityFilter(severity: number): Promise<number> {
  const started = performance.now();
  const total = document.querySelector('[data-testid="timeline-total"]')?.getAttribute('data-total');
  document.querySelector<HTMLElement>(`[data-testid="timeline-filter-severity-${severity}"]`)?.click();
  return new Promise((resolve) => {
    const check = () => {
      const now = document.querySelector('[data-testid="timeline-total"]')?.getAttribute('data-total');
      const row = document.querySelector(`[data-testid="timeline-row"][data-severity="${severity}"]`);
      if (now && now !== total && row) resolve(performance.now() - started);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
