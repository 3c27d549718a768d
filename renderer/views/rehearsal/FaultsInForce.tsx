import type { ActiveFaults } from '../../../shared/sandboxTypes';
import { faultsInForce } from './sandboxText';

/** What is broken on purpose now, as the service itself reports it. */
export function FaultsInForce({ faults }: { faults: ActiveFaults | null }) {
  if (faults === null) {
    return <p className="rehearsal-muted">No fault report: the service is not answering.</p>;
  }
  const lines = faultsInForce(faults);
  return (
    <div data-testid="faults-in-force" data-count={lines.length}>
      <h3>In force now</h3>
      {lines.length === 0 ? (
        <p className="rehearsal-muted">No faults: the service is healthy on purpose.</p>
      ) : (
        <ul className="rehearsal-list">
          {lines.map((line) => (
            <li key={line.kind} className="fault-in-force" data-testid="fault-in-force" data-kind={line.kind}>
              {line.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
