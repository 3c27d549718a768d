/**
 * A point where a run waits for a person: a tick, a confirmation, a decision after a failure,
 * a resume. A run waits at one thing at a time, so one gate is open at a time. Open it before
 * announcing the wait: whoever is told may answer at once, in the same turn.
 */
export class RunGate<Answer extends string> {
  private pending: { accepts: ReadonlySet<Answer>; resolve(answer: Answer | 'stop'): void } | null = null;

  /** Waits until answered with one of `accepts`, or until the run is stopped. */
  wait(accepts: readonly Answer[]): Promise<Answer | 'stop'> {
    if (this.pending) throw new Error('a run waits at one gate at a time');
    return new Promise((resolve) => {
      this.pending = { accepts: new Set(accepts), resolve };
    });
  }

  get isOpen(): boolean {
    return this.pending !== null;
  }

  accepts(answer: Answer): boolean {
    return this.pending?.accepts.has(answer) ?? false;
  }

  /** Answers the open gate; false when none is open or it does not take this answer. */
  answer(answer: Answer | 'stop'): boolean {
    const pending = this.pending;
    if (!pending || (answer !== 'stop' && !pending.accepts.has(answer))) return false;
    this.pending = null;
    pending.resolve(answer);
    return true;
  }
}
