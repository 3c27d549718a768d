import { minutes, promDuration } from './promDuration';
import { MIN_RULE_WINDOW_MS } from './prometheusConstants';

export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: { severity: 'critical' | 'warning' };
  annotations: { summary: string };
}

/** The rule file's contents, as Prometheus reads it. */
export interface RuleFile {
  groups: { name: string; interval: string; rules: AlertRule[] }[];
}

/**
 * The default dashboard's alerts. A rehearsal factor divides every `for` (60: 5m becomes 5s) and
 * the rate windows with it (floored at ten scrapes), so that a drill sees an alert fire and also
 * resolve within a minute instead of waiting for a one-minute window to drain.
 */
export function alertRules(rehearsalFactor: number, evaluationInterval: string): RuleFile {
  if (!Number.isFinite(rehearsalFactor) || rehearsalFactor < 1) {
    throw new RangeError(`rehearsalFactor must be a number ≥ 1 (1 = real durations), got ${rehearsalFactor}`);
  }
  const holdFor = (ms: number) => promDuration(ms / rehearsalFactor);
  const window = promDuration(Math.max(minutes(1) / rehearsalFactor, MIN_RULE_WINDOW_MS));
  const rate = (selector: string) => `sum(rate(${selector}[${window}]))`;
  const websockets = 'websocket_connections_active';
  const rules: AlertRule[] = [
    {
      alert: 'HighErrorRate',
      expr: `${rate('http_requests_total{code=~"5.."}')} / ${rate('http_requests_total')} > 0.005`,
      for: holdFor(minutes(5)),
      labels: { severity: 'critical' },
      annotations: { summary: 'More than 0.5 % of requests answer 5xx' },
    },
    {
      alert: 'HighLatencyP95',
      expr: `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[${window}]))) > 0.3`,
      for: holdFor(minutes(10)),
      labels: { severity: 'critical' },
      annotations: { summary: 'P95 latency is over 300 ms' },
    },
    {
      // A sudden drop (half of the window's peak, from at least 10) is what backpressure looks like
      // from outside: the server sheds slow consumers; a ceiling would depend on each system's size.
      alert: 'WebSocketBackpressure',
      expr:
        `max_over_time(${websockets}[${window}]) >= 10 and ` +
        `${websockets} < 0.5 * max_over_time(${websockets}[${window}])`,
      for: holdFor(minutes(1)),
      labels: { severity: 'warning' },
      annotations: { summary: 'More than half of the WebSocket connections dropped at once' },
    },
    {
      alert: 'HighAuthFailureRate',
      expr: `${rate('auth_failures_total')} / ${rate('http_requests_total{route="/api/login"}')} > 0.01`,
      for: holdFor(minutes(5)),
      labels: { severity: 'warning' },
      annotations: { summary: 'More than 1 % of logins fail' },
    },
  ];
  return { groups: [{ name: 'warroom-default-dashboard', interval: evaluationInterval, rules }] };
}
