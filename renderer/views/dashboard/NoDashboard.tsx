import { ImportGrafanaButton } from './ImportGrafanaButton';

/** Said where the panels would be when the workspace's warroom.yaml has no dashboard section. */
export function NoDashboard({ file }: { file: string | null }) {
  return (
    <div className="dash-empty" data-testid="no-dashboard">
      <p>This workspace has no dashboard.</p>
      <p>
        Add a <code>dashboard:</code> section to {file ? <code>{file}</code> : 'warroom.yaml'}: rows of
        panels, each with PromQL queries, a unit and targets. <code>docs/workspace.md</code> describes every
        field, with an example.
      </p>
      <p>
        Or start from a Grafana dashboard: <ImportGrafanaButton />
      </p>
    </div>
  );
}
