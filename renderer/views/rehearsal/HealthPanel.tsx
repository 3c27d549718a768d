import type { SandboxStatus } from '../../../shared/sandboxTypes';
import { clockTime } from '../../journal/timeFormat';
import { dependencyDescription } from './sandboxText';

/** The service's health as the host's once-a-second check found it, its dependencies, and Prometheus. */
export function HealthPanel({ status }: { status: SandboxStatus }) {
  const { health, dependency } = status;
  return (
    <section className="rehearsal-card" aria-labelledby="rehearsal-health-title">
      <h2 id="rehearsal-health-title">Health</h2>
      {health === null ? (
        <p className="rehearsal-muted">Waiting for the first health check…</p>
      ) : (
        <p className="rehearsal-health-line">
          <span
            className={`health-badge health-${health.status.toLowerCase()}`}
            data-testid="rehearsal-health"
            data-status={health.status}
          >
            {health.status}
          </span>
          {health.version && <span>version {health.version}</span>}
          {health.status !== 'UP' && health.lastUpAt !== null && (
            <span data-testid="rehearsal-last-up">last UP {clockTime(health.lastUpAt)}</span>
          )}
        </p>
      )}
      {health && health.dependencies.length > 0 && (
        <ul className="rehearsal-list" aria-label="Dependencies">
          {health.dependencies.map((item) => (
            <li key={item.name} data-testid="rehearsal-health-dependency" data-status={item.status}>
              <strong>{item.name}</strong> {item.status}{' '}
              <span className="rehearsal-muted">({item.kind})</span>
            </li>
          ))}
        </ul>
      )}
      {dependency && (
        <p data-testid="rehearsal-dependency" data-kind={dependency.kind}>
          Redis is played by {dependencyDescription(dependency)}.
        </p>
      )}
      <p data-testid="rehearsal-prometheus">
        Prometheus:{' '}
        {status.prometheusUrl ? (
          <code>{status.prometheusUrl}</code>
        ) : (
          <span className="rehearsal-warning">{status.prometheusProblem ?? 'not running'}</span>
        )}
      </p>
    </section>
  );
}
