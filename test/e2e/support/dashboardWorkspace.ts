/** Every panel of the e2e dashboard refreshes this often. */
export const E2E_REFRESH = '2s';

/**
 * A workspace over the sandbox scraped by a Prometheus of the test's own: request rate, P95
 * latency with a target, a panel whose query Prometheus cannot parse, alerts and health.
 */
export function dashboardWorkspaceYaml(prometheusPort: number, servicePort: number): string {
  return `environments:
  rehearsal:
    prometheus:
      url: http://127.0.0.1:${prometheusPort}
      timeout: 1s
    health:
      - name: sandbox
        url: http://127.0.0.1:${servicePort}/health
dashboard:
  title: Sandbox under test
  refresh: ${E2E_REFRESH}
  rows:
    - title: Traffic
      panels:
        - title: Request rate
          unit: req/s
          queries:
            - expr: sum(rate(http_requests_total{job="sandbox"}[10s]))
              legend: all routes
        - title: Latency
          unit: s
          queries:
            - expr: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="sandbox"}[6s])))
              legend: P95
              target: { comparator: '<', value: 0.3, for: 4s }
        - title: Broken
          queries:
            - expr: sum(rate(http_requests_total[1m])
    - title: State
      panels:
        - title: Alerts
          type: alerts
        - title: Health
          type: health
`;
}
