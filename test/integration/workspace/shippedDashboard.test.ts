import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ManagedPrometheus,
  startManagedPrometheus,
} from '../../../electron/host/sandbox/prometheus/managedPrometheus';
import { loadWorkspace } from '../../../electron/host/workspace/workspaceLoader';

const SHIPPED_WORKSPACE = fileURLToPath(new URL('../../../runbooks', import.meta.url));

function shippedQueries(): { panel: string; expr: string }[] {
  const load = loadWorkspace(SHIPPED_WORKSPACE);
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  return (load.workspace.dashboard?.panels ?? []).flatMap((panel) =>
    panel.queries.map((query) => ({ panel: panel.id, expr: query.expr })),
  );
}

describe('the shipped dashboard against a real Prometheus', () => {
  let prometheus: ManagedPrometheus;
  const queries = shippedQueries();

  beforeAll(async () => {
    prometheus = await startManagedPrometheus({ port: 0, targets: [], rehearsalFactor: 1 });
  });
  afterAll(async () => {
    await prometheus?.stop();
  });

  it('has queries to check', () => {
    expect(queries.length).toBeGreaterThanOrEqual(8);
  });

  it.each(queries)('$panel: $expr is valid PromQL', async ({ expr }) => {
    const response = await fetch(`${prometheus.url}/api/v1/query?query=${encodeURIComponent(expr)}`, {
      signal: AbortSignal.timeout(5_000),
    });
    const answer = (await response.json()) as { status: string };
    expect(answer).toMatchObject({ status: 'success' });
  });
});
