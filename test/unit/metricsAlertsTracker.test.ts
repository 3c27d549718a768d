import { describe, expect, it } from 'vitest';
import { AlertsTracker } from '../../electron/host/metrics/alerts/alertsTracker';
import type { PrometheusAlert } from '../../electron/host/metrics/prometheus/prometheusSchemas';

function alert(
  name: string,
  state: 'firing' | 'pending',
  severity = 'critical',
  route = '/api/feed',
): PrometheusAlert {
  return {
    labels: { alertname: name, severity, route },
    annotations: { summary: `${name} on ${route}` },
    state,
    activeAt: 1_700_000_000,
    value: 0.12,
  };
}

describe('the alerts panel and journal', () => {
  it('lists firing before pending, and journals firing and resolving once each per alert', () => {
    const tracker = new AlertsTracker();
    const first = tracker.observe(1_000, [
      alert('HighLatencyP95', 'pending', 'warning'),
      alert('HighErrorRate', 'firing'),
    ]);
    expect(first.list.map((one) => [one.name, one.state])).toEqual([
      ['HighErrorRate', 'firing'],
      ['HighLatencyP95', 'pending'],
    ]);
    expect(first.list[0]).toMatchObject({
      severity: 'critical',
      summary: 'HighErrorRate on /api/feed',
      activeAt: 1_700_000_000_000,
    });
    expect(first.events).toEqual([
      expect.objectContaining({
        kind: 'alert.firing',
        subject: 'Alert HighErrorRate firing: HighErrorRate on /api/feed',
      }),
    ]);
    // Still firing: nothing new to journal.
    expect(tracker.observe(2_000, [alert('HighErrorRate', 'firing')]).events).toEqual([]);
    // The same alert on another route is another alert.
    expect(
      tracker.observe(3_000, [
        alert('HighErrorRate', 'firing'),
        alert('HighErrorRate', 'firing', 'critical', '/api/posts'),
      ]).events,
    ).toHaveLength(1);
    const resolved = tracker.observe(9_000, [alert('HighErrorRate', 'firing', 'critical', '/api/posts')]);
    expect(resolved.events).toEqual([
      expect.objectContaining({ kind: 'alert.resolved', subject: 'Alert HighErrorRate resolved after 8 s' }),
    ]);
  });

  it('counts an alert going back to pending as resolved', () => {
    const tracker = new AlertsTracker();
    tracker.observe(0, [alert('HighErrorRate', 'firing')]);
    expect(
      tracker.observe(5_000, [alert('HighErrorRate', 'pending')]).events.map((event) => event.kind),
    ).toEqual(['alert.resolved']);
  });
});
