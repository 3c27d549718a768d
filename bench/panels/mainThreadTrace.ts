/** Main-thread figures from a Chrome trace (the JSON that `browser.stopTracing()` returns). */

/** What the breakdown names: enough to see where a busy main thread goes. */
const TOP_ACTIVITIES = 8;

/** The renderer's main thread, as Chrome names it in the trace's metadata. */
const RENDERER_MAIN_THREAD = 'CrRendererMain';

export interface Activity {
  /** The trace event's name: RunTask, FunctionCall, Paint, LayerTreeHost::DoUpdateLayers, … */
  name: string;
  /** Its own time, not counting the traced events inside it, as a share of wall time. */
  share: number;
}

export interface MainThreadFigures {
  /** Top-level task time over the trace's wall time: the share of time the thread was busy. */
  busy: number;
  wallMs: number;
  /** Where that time went, costliest first. */
  activities: Activity[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Reads the page's renderer main thread from a trace: every complete event on it, nested by
 * time. When several renderer processes were traced, the page's is the busiest one.
 */
export function readMainThread(traceJson: string): MainThreadFigures {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === RENDERER_MAIN_THREAD)
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || !event.dur || !mainThreads.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    byThread.set(thread, list);
    list.push(event);
  }
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    // Metadata events carry no time.
    if (event.ts <= 0) continue;
    start = Math.min(start, event.ts);
    end = Math.max(end, endOf(event));
  }
  const wallUs = end - start;
  const threads = [...byThread.values()].map((list) => nestedTimes(list));
  const busiest = threads.sort((a, b) => b.topLevelUs - a.topLevelUs)[0];
  if (!busiest || wallUs <= 0) throw new Error('the trace holds no renderer main thread');
  return {
    busy: busiest.topLevelUs / wallUs,
    wallMs: wallUs / 1000,
    activities: [...busiest.selfUs]
      .map(([name, us]) => ({ name, share: us / wallUs }))
      .sort((a, b) => b.share - a.share)
      .slice(0, TOP_ACTIVITIES),
  };
}

/** Sums a thread's outermost events, and each event name's self time (its time minus its children's). */
function nestedTimes(list: TraceEvent[]): { topLevelUs: number; selfUs: Map<string, number> } {
  list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const selfUs = new Map<string, number>();
  const open: TraceEvent[] = [];
  let topLevelUs = 0;
  for (const event of list) {
    const dur = event.dur ?? 0;
    while (open.length > 0 && endOf(open[open.length - 1] as TraceEvent) <= event.ts) open.pop();
    const parent = open[open.length - 1];
    if (parent) selfUs.set(parent.name, (selfUs.get(parent.name) ?? 0) - dur);
    else topLevelUs += dur;
    selfUs.set(event.name, (selfUs.get(event.name) ?? 0) + dur);
    open.push(event);
  }
  return { topLevelUs, selfUs };
}

function endOf(event: TraceEvent): number {
  return event.ts + (event.dur ?? 0);
}
