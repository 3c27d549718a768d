import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RedactText } from '../../electron/host/report/export/redaction/reportRedactor';
import { reportRedactor, workspaceSecrets } from '../../electron/host/report/export/redaction/reportRedactor';
import { loadWorkspace } from '../../electron/host/workspace/workspaceLoader';
import type { Panel, Workspace } from '../../shared/workspace/workspaceTypes';

/** The secrets the day's transcripts leak (a token pasted into curl, a password in a connection string). */
export const BENCH_SECRETS: Record<string, string> = {
  PROM_TOKEN: 'prom-bench-token-7f3a9c21e5d84b06',
  DB_PASSWORD: 'Sup3r-S3cret-Bench-Pw',
};

/** A staging environment with two secrets and two health checks; a dashboard of targeted panels. */
const WARROOM_YAML = `environments:
  staging:
    secrets: [PROM_TOKEN, DB_PASSWORD]
    health:
      - name: api
        url: http://127.0.0.1:8080/health
      - name: checkout
        url: http://127.0.0.1:8081/health
dashboard:
  title: Service
  refresh: 5s
  rows:
    - title: Service
      panels:
        - id: latency
          title: Latency
          unit: ms
          queries:
            - expr: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[1m]))) * 1000
              legend: p95
              target: { comparator: '<', value: 300 }
        - id: errors
          title: Error rate
          unit: percent
          queries:
            - expr: sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m])) * 100
              legend: 5xx
              target: { comparator: '<', value: 0.5 }
        - id: throughput
          title: Throughput
          unit: req/s
          queries:
            - expr: sum(rate(http_requests_total[1m]))
              legend: total
        - { id: alerts, title: Alerts, type: alerts }
        - { id: health, title: Health, type: health }
signoff:
  - name: Error rate held
    panel: errors
`;

export interface BenchWorkspace {
  dir: string;
  workspace: Workspace;
  panels: Panel[];
  redact: RedactText;
}

/** Writes the bench's warroom.yaml into a fresh folder and loads it as the console does. */
export function benchWorkspace(): BenchWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-bench-report-ws-'));
  writeFileSync(join(dir, 'warroom.yaml'), WARROOM_YAML);
  const load = loadWorkspace(dir);
  if (!load.ok) throw new Error(`the bench workspace does not load: ${JSON.stringify(load.problems)}`);
  const { workspace } = load;
  const redact = reportRedactor({ secrets: workspaceSecrets(workspace, (name) => BENCH_SECRETS[name]) });
  return { dir, workspace, panels: workspace.dashboard?.panels ?? [], redact };
}
