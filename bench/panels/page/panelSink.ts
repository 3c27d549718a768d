import type { FeedChunk } from './seriesFeed';

/** Where a mode's panels take their data: a stretch of new points for every series. */
export interface PanelSink {
  /** The chart elements, one per panel, to check they are all on screen (hidden charts skip drawing). */
  readonly charts: readonly HTMLElement[];
  append(chunk: FeedChunk): void;
  /** Resolves once every chart has drawn the data appended last. */
  drawn(): Promise<void>;
  /** The values each chart drew last. */
  shownPoints(): number[];
}
