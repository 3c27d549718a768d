import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAY_PACE } from './soakPlan';

/** The workspace schema's fastest refresh (shared/workspace/panelSchema.ts MIN_REFRESH_MS). */
export const SOAK_REFRESH_MS = 1_000;

/** The environment the soak's sandbox and runbook run in. */
export const SOAK_ENVIRONMENT = 'sandbox';

/** The quick fix the soak runs every few minutes: its id is its path under the workspace. */
export const QUICK_FIX_ID = 'quickfixes/soak-check';

/** A real test day's panel queries, each charted once per copy below. */
const DAY_QUERIES = 5;

/**
 * Copies of the dashboard's traffic and latency panels needed to reach `compression`: refreshing
 * at the 1 s floor instead of 5 s is 5× only, so 5 copies of each query make 25×.
 */
export function panelCopiesFor(compression: number): number {
  return Math.ceil(compression / (DAY_PACE.refreshMs / SOAK_REFRESH_MS));
}

/** The queries the soak dashboard polls every refresh. */
export function soakQueryCount(copies: number): number {
  return copies * DAY_QUERIES;
}

/**
 * One copy of the traffic and latency rows. Each copy's rate window differs by a second, so no
 * two copies share a request (panels with the same query do). The windows are short so a fault
 * breaches a target within its 20 s and the target recovers within the 40 s after.
 */
function panelCopy(copy: number): string {
  const window = `${20 + copy}s`;
  return `    - title: Traffic ${copy + 1}
      panels:
        - id: request-rate-${copy}
          title: Request rate ${copy + 1}
          unit: req/s
          queries:
            - expr: sum(rate(http_requests_total{job="sandbox"}[${window}]))
              legend: requests
        - id: error-rate-${copy}
          title: 5xx error rate ${copy + 1}
          unit: ratio
          queries:
            - expr: sum(rate(http_requests_total{job="sandbox",code=~"5.."}[${window}])) / sum(rate(http_requests_total{job="sandbox"}[${window}]))
              legend: 5xx share
              target: { comparator: '<', value: 0.005, for: 5m }
        - id: latency-${copy}
          title: Latency ${copy + 1}
          unit: s
          queries:
            - expr: histogram_quantile(0.50, sum by (le) (rate(http_request_duration_seconds_bucket{job="sandbox"}[${window}])))
              legend: P50
            - expr: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="sandbox"}[${window}])))
              legend: P95
              target: { comparator: '<', value: 0.3, for: 10m }
        - id: websockets-${copy}
          title: Active WebSockets ${copy + 1}
          unit: count
          queries:
            - expr: sum(max_over_time(websocket_connections_active{job="sandbox"}[${window}]))
              legend: open
`;
}

/** The sandbox environment on the given ports, and the soak's dashboard over its Prometheus. */
export function soakWorkspaceYaml(servicePort: number, prometheusPort: number, copies: number): string {
  const base = `http://127.0.0.1:${servicePort}`;
  return `name: Soak
defaultEnvironment: ${SOAK_ENVIRONMENT}
environments:
  ${SOAK_ENVIRONMENT}:
    sandbox:
      servicePort: ${servicePort}
      prometheusPort: ${prometheusPort}
      rehearsalFactor: 60
      restartDelay: 1s
      load: ramp
      redis: true
    prometheus:
      url: http://127.0.0.1:${prometheusPort}
      timeout: 2s
    health:
      - { name: sandbox, url: ${base}/health }
      - { name: sandbox-ready, url: ${base}/health/ready }
    variables:
      BASE_URL: ${base}
dashboard:
  title: Soak day
  refresh: ${SOAK_REFRESH_MS / 1_000}s
  rows:
${Array.from({ length: copies }, (_, copy) => panelCopy(copy)).join('')}    - title: Alerts and health
      panels:
        - id: alerts
          title: Alerts firing
          type: alerts
        - id: health
          title: Health checks
          type: health
`;
}

/** A quick fix an operator runs when latency rises: the feed answers, then /health says UP. */
const QUICK_FIX = `---
title: Soak check
kind: quickfix
phase: during
description: The feed answers and the service reports UP
---

# Soak check

\`\`\`sh {"name":"feed-answers","timeout":"30s"}
curl -s -o /dev/null --retry 10 --retry-connrefused --retry-delay 1 -w 'feed %{http_code}\\n' "$BASE_URL/api/feed"
\`\`\`

\`\`\`probe
name: health-up
type: http
url: $BASE_URL/health
json: { path: $.status, equals: UP }
within: 30s
\`\`\`
`;

/** Writes the quick fix into the workspace folder, before the console reads it. */
export function writeQuickFix(workspace: string): void {
  mkdirSync(join(workspace, 'quickfixes'), { recursive: true });
  writeFileSync(join(workspace, `${QUICK_FIX_ID}.md`), QUICK_FIX);
}
