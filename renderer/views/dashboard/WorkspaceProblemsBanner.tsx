import { useStore } from 'zustand';
import { formatProblem } from '../../../shared/workspace/workspaceTypes';
import { selectDashboard, selectWorkspaceProblems } from '../../state/dashboard/dashboardWorkspaceStore';
import { useDashboard } from './dashboardHooks';

/** warroom.yaml as it is now does not load: each problem at file:line:column, and what is shown meanwhile. */
export function WorkspaceProblemsBanner() {
  const { workspace } = useDashboard();
  const problems = useStore(workspace, selectWorkspaceProblems);
  const hasDashboard = useStore(workspace, (state) => selectDashboard(state) !== null);
  if (problems.length === 0) return null;
  return (
    <div className="dash-banner dash-banner-problem" role="alert" data-testid="workspace-problems">
      <p>
        warroom.yaml has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}
        {hasDashboard ? '; the dashboard below is the last good one.' : '.'}
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={formatProblem(problem)}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
