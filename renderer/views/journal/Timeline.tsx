import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { rowAt } from '../../state/journal/timelinePages';
import {
  selectTimelineFollow,
  selectTimelineTotal,
  type TimelineState,
} from '../../state/journal/timelineStore';
import { useJournal } from './journalHooks';
import { TIMELINE_ROW_HEIGHT, TimelineRowPainter } from './timelineRowPainter';

/** Rows drawn beyond each edge of the viewport, so a fast scroll shows rows rather than blank. */
const RENDER_OVERSCAN_ROWS = 10;

/**
 * The day's events in a fixed-height virtual list: only the visible rows and a few around
 * them exist in the DOM, whatever the total. The scroll position is the one input; the rows
 * are painted from the store directly (TimelineRowPainter), so scrolling renders no React.
 */
export function Timeline() {
  const { timeline } = useJournal();
  const total = useStore(timeline, selectTimelineTotal) ?? 0;
  const follow = useStore(timeline, selectTimelineFollow);
  const dayId = useStore(timeline, (state) => state.dayId);
  const filter = useStore(timeline, (state) => state.filter);
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const viewportHeight = useRef(0);

  /** Reads the scroll position (the only layout read) and tells the store what is visible. */
  const onScroll = useCallback(() => {
    const element = scroller.current;
    if (!element || viewportHeight.current === 0) return;
    const top = element.scrollTop;
    const height = viewportHeight.current;
    const state = timeline.getState();
    const contentHeight = (state.total ?? 0) * TIMELINE_ROW_HEIGHT;
    const atBottom = top + height >= contentHeight - TIMELINE_ROW_HEIGHT / 2;
    if (state.follow !== atBottom) state.setFollow(atBottom);
    state.setVisibleRange({
      first: Math.floor(top / TIMELINE_ROW_HEIGHT),
      count: Math.ceil(height / TIMELINE_ROW_HEIGHT) + 1,
    });
  }, [timeline]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      viewportHeight.current = entry?.contentRect.height ?? 0;
      onScroll();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [onScroll]);

  // Following: new events arrive at the bottom, and the view stays there.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && follow) element.scrollTop = total * TIMELINE_ROW_HEIGHT;
  }, [follow, total]);

  // Another day or filter starts at the top, unless it follows its latest events.
  // biome-ignore lint/correctness/useExhaustiveDependencies: dayId and filter are the triggers
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && !timeline.getState().follow) element.scrollTop = 0;
  }, [dayId, filter, timeline]);

  useLayoutEffect(() => {
    if (!canvas.current) return;
    const painter = new TimelineRowPainter(canvas.current);
    const paint = ({ total: rows, range, pages }: TimelineState) => {
      const start = Math.max(0, range.first - RENDER_OVERSCAN_ROWS);
      const end = Math.min(rows ?? 0, range.first + range.count + RENDER_OVERSCAN_ROWS);
      painter.paint(start, end, (row) => rowAt(pages, row));
    };
    paint(timeline.getState());
    return timeline.subscribe(paint);
  }, [timeline]);

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-row timeline-head" aria-hidden="true">
        <span className="timeline-time">Time</span>
        <span className="timeline-kind">Kind</span>
        <span className="timeline-actor">Actor</span>
        <span className="timeline-subject">Subject</span>
        <span className="timeline-severity">Severity</span>
      </div>
      {/* Chromium makes a scroll area keyboard-focusable by itself, for PageUp/PageDown. */}
      <div className="timeline-scroller" ref={scroller} onScroll={onScroll} data-testid="timeline">
        <div className="timeline-canvas" ref={canvas} style={{ height: total * TIMELINE_ROW_HEIGHT }} />
      </div>
    </section>
  );
}
