/** What the bench page offers the runner on `window.panelsBench`, and what it reports back. */

/** baseline: bare uPlot charts; warroom: the console's own dashboard panels. */
export type PanelsMode = 'baseline' | 'warroom';

export interface PanelsLayout {
  panels: number;
  seriesPerPanel: number;
  /** Points each series holds: the live window, one a second. */
  windowPoints: number;
}

/** Per animation frame, in ms. */
export interface FrameTimes {
  /** Since the previous frame began: 16.7 ms on time at 60 Hz, a multiple of it when frames were dropped. */
  intervalMs: number[];
  /** From the frame's begin (its rAF timestamp) until it has been rendered. */
  frameMs: number[];
}

export interface PanelsBenchPage {
  /** Mounts the panels of `mode`, each filled with a full window of history; resolves once drawn. */
  mount(mode: PanelsMode, layout: PanelsLayout): Promise<void>;
  /** Appends one point per series every second, as a live refresh does, until stopped. */
  startRefresh(): void;
  stopRefresh(): void;
  /** Starts timing animation frames. */
  startFrames(): void;
  /** Stops, and hands back every frame's times since startFrames. */
  stopFrames(): FrameTimes;
  /** Runs `seconds` of data through the panels in bursts of `burstSeconds`, letting each draw. */
  simulate(seconds: number, burstSeconds: number): Promise<void>;
  /** The values each chart holds now, to check both modes draw the same window. */
  shownPoints(): number[];
}

export interface PanelsBenchWindow extends Window {
  panelsBench: PanelsBenchPage;
}
