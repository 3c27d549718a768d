import { afterNextFrame } from './frameClock';

/** Far more frames than 24 charts take to draw at the dashboard's 10 ms budget a frame. */
const MAX_FRAMES_TO_DRAW = 600;

/**
 * Tells when every chart of the dashboard has drawn: each draw of a PanelChart writes its
 * element's `data-points`, and a written attribute is a mutation even when its value is the same.
 */
export class DrawWatch {
  private readonly drawnSince = new Set<string>();
  private readonly observer: MutationObserver;

  constructor(
    private readonly root: HTMLElement,
    private readonly panels: number,
  ) {
    this.observer = new MutationObserver((records) => this.note(records));
    this.observer.observe(root, { subtree: true, attributeFilter: ['data-points'] });
  }

  get charts(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[data-testid="panel-chart"]')];
  }

  /** Forgets earlier draws: the next `drawn` waits for draws after this. */
  reset(): void {
    this.observer.takeRecords();
    this.drawnSince.clear();
  }

  /** Resolves once every chart has drawn since the last reset. */
  async drawn(): Promise<void> {
    await this.until(() => {
      this.note(this.observer.takeRecords());
      return this.drawnSince.size >= this.panels;
    }, 'drew its new points');
  }

  /** Resolves once every chart shows `points` values. */
  async showing(points: number): Promise<void> {
    const expected = String(points);
    await this.until(() => {
      const charts = this.charts;
      return charts.length === this.panels && charts.every((chart) => chart.dataset.points === expected);
    }, `showed ${points} values`);
  }

  private note(records: readonly MutationRecord[]): void {
    for (const record of records) {
      const panelId = (record.target as HTMLElement).dataset.panelId;
      if (panelId) this.drawnSince.add(panelId);
    }
  }

  private async until(done: () => boolean, what: string): Promise<void> {
    for (let frame = 0; frame < MAX_FRAMES_TO_DRAW; frame++) {
      if (done()) return;
      await afterNextFrame();
    }
    throw new Error(`not every chart ${what} within ${MAX_FRAMES_TO_DRAW} frames`);
  }
}
