/** Something drawn on a frame: a chart. */
export interface FrameTask {
  /** Off-screen tasks wait, marked dirty, until they are visible again. */
  isVisible(): boolean;
  draw(): void;
}

/** Drawing past this much of a frame leaves the rest to the next one, so a 60 Hz frame is kept. */
const FRAME_BUDGET_MS = 10;

export interface FrameClock {
  request(run: () => void): void;
  now(): number;
}

const browserFrames: FrameClock = {
  request: (run) => requestAnimationFrame(run),
  now: () => performance.now(),
};

/**
 * One animation-frame loop for every chart: a chart asks to be drawn when its data, markers or
 * window change, and is drawn at most once per frame however often it asked. Charts off screen
 * are skipped until they show.
 */
export class FrameScheduler {
  private readonly dirty = new Set<FrameTask>();
  private scheduled = false;

  constructor(
    private readonly clock: FrameClock = browserFrames,
    private readonly budgetMs = FRAME_BUDGET_MS,
  ) {}

  request(task: FrameTask): void {
    this.dirty.add(task);
    this.schedule();
  }

  forget(task: FrameTask): void {
    this.dirty.delete(task);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.clock.request(() => this.frame());
  }

  private frame(): void {
    this.scheduled = false;
    const started = this.clock.now();
    let more = false;
    for (const task of this.dirty) {
      if (!task.isVisible()) continue;
      if (this.clock.now() - started > this.budgetMs) {
        more = true;
        break;
      }
      this.dirty.delete(task);
      task.draw();
    }
    if (more) this.schedule();
  }
}
