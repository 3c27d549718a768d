import type { Journal } from '../../journal/journal';
import { appendToDay } from '../../journal/journalWrites';
import { type LoadProgress, type LoadRun, type LoadSummary, startLoad } from '../load/loadGenerator';
import { type LoadProfile, profileSeconds } from '../load/loadProfile';

/** One load run at a time against the sandbox, each journaled when it starts and when it ends. */
export class SandboxLoad {
  private run: LoadRun | null = null;
  private runName: string | null = null;

  constructor(
    private readonly journal: Journal,
    private readonly target: string,
    private readonly onProgress: (progress: LoadProgress, profile: LoadProfile) => void,
    private readonly onEnded: (summary: LoadSummary) => void,
  ) {}

  get running(): boolean {
    return this.run !== null;
  }

  /** The running profile's name ("ramp"), or null. */
  get name(): string | null {
    return this.runName;
  }

  /** Starts `profile`; refuses while another run goes on. Resolves once the load is under way. */
  async start(profile: LoadProfile, name: string, actor: string): Promise<void> {
    if (this.run) throw new Error(`load "${this.runName}" is already running: stop it first`);
    const run = await startLoad({
      target: this.target,
      profile,
      onProgress: (progress) => this.onProgress(progress, profile),
    });
    this.run = run;
    this.runName = name;
    await this.record(
      'load.started',
      actor,
      `Load "${name}" started: up to ${profile.vus} users for ${profileSeconds(profile)} s`,
      {
        profile: name,
        ...profile,
      },
    );
    void run.done.then((summary) => {
      if (this.run !== run) return;
      this.run = null;
      this.runName = null;
      this.onEnded(summary);
      void this.record(
        'load.finished',
        actor,
        `Load "${name}" ended (${summary.endedBy}): ${summary.requests} requests, ` +
          `${summary.requestsPerSecond.toFixed(1)}/s, peak ${summary.peakVus} users, ${summary.errors + summary.non2xx} failed`,
        { profile: name, ...summary },
      );
    });
  }

  /** Ends the running load now; resolves once it has ended (and been journaled as ended). */
  async stop(): Promise<void> {
    await this.run?.stop();
  }

  private record(kind: 'load.started' | 'load.finished', actor: string, subject: string, payload: object) {
    return this.journal
      .write(appendToDay({ kind, actor, subject, payload: { ...payload } }))
      .catch((error: unknown) =>
        console.error(`warroom sandbox: could not journal ${kind}: ${String(error)}`),
      );
  }
}
