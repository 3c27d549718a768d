import type { LoadProgressView } from '../../../shared/sandboxTypes';

/** One load run's figures: a progress bar while it runs, the same figures once it has ended. */
export function LoadProgress({ progress, running }: { progress: LoadProgressView; running: boolean }) {
  const { elapsedSeconds, totalSeconds } = progress;
  return (
    <div className="load-progress">
      {running && (
        <label className="rehearsal-field">
          <span>
            {Math.round(elapsedSeconds)} s of {totalSeconds} s, phase{' '}
            <strong data-testid="load-phase">{progress.phase}</strong>
          </span>
          <progress
            max={totalSeconds}
            value={Math.min(elapsedSeconds, totalSeconds)}
            data-testid="load-progress"
          />
        </label>
      )}
      <dl className="load-figures" data-testid="load-figures">
        <div>
          <dt>VUs</dt>
          <dd>{progress.vus}</dd>
        </div>
        <div>
          <dt>req/s</dt>
          <dd>{progress.requestsPerSecond.toFixed(1)}</dd>
        </div>
        <div>
          <dt>p95</dt>
          <dd>{progress.latencyP95Ms === null ? '–' : `${Math.round(progress.latencyP95Ms)} ms`}</dd>
        </div>
        <div>
          <dt>requests</dt>
          <dd>{progress.requests}</dd>
        </div>
        <div>
          <dt>failed</dt>
          <dd className={progress.failed > 0 ? 'rehearsal-warning' : undefined} data-testid="load-failed">
            {progress.failed}
          </dd>
        </div>
      </dl>
    </div>
  );
}
