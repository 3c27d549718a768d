import type { RunbookProblem } from '../../../shared/runbookTypes';

/** What is wrong in the runbook, line:column first, as the linter says it. */
export function ProblemList({ problems }: { problems: readonly RunbookProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="rb-problems" role="alert" aria-label="Problems" data-testid="runbook-problems">
      <p>{problems.length === 1 ? '1 problem' : `${problems.length} problems`} in this runbook:</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.line}:${problem.column}:${problem.message}`}>
            <span className="rb-mono">
              {problem.line}:{problem.column}
            </span>{' '}
            {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
