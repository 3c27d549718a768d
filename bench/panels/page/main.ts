import '../../../renderer/zodJitless';
import 'uplot/dist/uPlot.min.css';
import './benchPage.css';
import type { PanelsBenchPage, PanelsBenchWindow, PanelsLayout, PanelsMode } from '../pageContract';
import { mountBareCharts } from './bareCharts';
import { afterNextFrame, FrameClock } from './frameClock';
import type { PanelSink } from './panelSink';
import { SeriesFeed } from './seriesFeed';
import { SimulatedClock } from './simulatedClock';
import { mountWarroomPanels } from './warroomPanels';

/** A live refresh: the brief's one point per series per second. */
const REFRESH_INTERVAL_MS = 1000;

/**
 * With each refresh the clock is set this far into the newest point's second: the live window
 * (the last hour up to now) then holds exactly the window's points, as the host's would.
 */
const CLOCK_PHASE_SECONDS = 0.5;

let sink: PanelSink | null = null;
let feed: SeriesFeed | null = null;
let refreshTimer: ReturnType<typeof setInterval> | undefined;
const frames = new FrameClock();
const clock = new SimulatedClock();
clock.install();

function mounted(): { sink: PanelSink; feed: SeriesFeed } {
  if (!sink || !feed) throw new Error('no panels mounted');
  return { sink, feed };
}

/** Puts the clock just after the newest point, as when a refresh has just arrived. */
function setClockToNewest(panels: SeriesFeed): void {
  clock.setNow((panels.now - 1 + CLOCK_PHASE_SECONDS) * 1000);
}

/** The next `seconds` of points to every panel; time moves with the data. */
function appendNext(panels: { sink: PanelSink; feed: SeriesFeed }, seconds: number): void {
  const chunk = panels.feed.take(seconds);
  setClockToNewest(panels.feed);
  panels.sink.append(chunk);
}

function mountPanels(mode: PanelsMode, layout: PanelsLayout, history: ReturnType<SeriesFeed['take']>) {
  const root = document.getElementById('bench');
  if (!root) throw new Error('the bench page has no #bench element');
  return mode === 'baseline'
    ? mountBareCharts(root, layout, history)
    : mountWarroomPanels(root, layout, history);
}

/** Charts off screen are not drawn by the dashboard: every one must be in view to be measured. */
function checkAllInView(charts: readonly HTMLElement[], panels: number): void {
  const inView = charts.filter((chart) => {
    const box = chart.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });
  if (charts.length !== panels || inView.length !== panels) {
    throw new Error(`${inView.length} of ${panels} charts are in the ${innerWidth}×${innerHeight} viewport`);
  }
}

const bench: PanelsBenchPage = {
  async mount(mode, layout) {
    // The window ends at this second, as a console opened now would find it.
    const nowSeconds = Math.floor(Date.now() / 1000);
    feed = new SeriesFeed(layout, nowSeconds - layout.windowPoints + 1);
    const history = feed.take(layout.windowPoints);
    setClockToNewest(feed);
    sink = await mountPanels(mode, layout, history);
    await afterNextFrame();
    checkAllInView(sink.charts, layout.panels);
  },
  startRefresh() {
    const panels = mounted();
    refreshTimer = setInterval(() => appendNext(panels, 1), REFRESH_INTERVAL_MS);
  },
  stopRefresh() {
    clearInterval(refreshTimer);
  },
  startFrames: () => frames.start(),
  stopFrames: () => frames.stop(),
  async simulate(seconds, burstSeconds) {
    const panels = mounted();
    for (let done = 0; done < seconds; done += burstSeconds) {
      appendNext(panels, Math.min(burstSeconds, seconds - done));
      await panels.sink.drawn();
      await afterNextFrame();
    }
  },
  shownPoints: () => mounted().sink.shownPoints(),
};

(window as unknown as PanelsBenchWindow).panelsBench = bench;
