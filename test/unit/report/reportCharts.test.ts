import { afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/host/report/buildReport';
import { PANEL_CHART_MAX_POINTS } from '../../../electron/host/report/charts/chartConstants';
import { DAY_START, dashboardSnapshot, PANELS, RecordedDay } from '../../support/recordedDay';

describe('report model: charts and key events', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  it("draws each target panel over the day from every snapshot, with its target's line and its breach markers", async () => {
    day = await RecordedDay.start();
    await day.panelValues('latency', [
      [60_000, 200],
      [70_000, 520],
      [90_000, 240],
    ]);
    await day.note('nothing to see here');
    const points = (from: number): Array<[number, number]> => [
      [DAY_START + from, 200],
      [DAY_START + from + 10_000, 520],
    ];
    await day.at(100_000).snapshot('first', dashboardSnapshot(DAY_START + 100_000, points(60_000), []));
    await day.at(200_000).snapshot('second', dashboardSnapshot(DAY_START + 200_000, points(150_000), []));
    const exported = day.exported();
    const seqOf = (kind: string) => exported.events.filter((event) => event.kind === kind).map((e) => e.seq);

    const { charts, timeline } = buildReport({ day: exported, signoff: [], panels: PANELS });

    const latency = charts.panels.find((chart) => chart.panelId === 'latency');
    expect(latency?.series).toEqual([
      {
        name: 'p95',
        points: [
          [DAY_START + 60_000, 200],
          [DAY_START + 70_000, 520],
          [DAY_START + 150_000, 200],
          [DAY_START + 160_000, 520],
        ],
      },
    ]);
    expect(latency?.thresholds).toEqual([{ label: 'p95 < 300', value: 300 }]);
    const markerKinds = latency?.markers.map((marker) => marker.kind);
    expect(markerKinds).toEqual(['day.started', 'threshold.breached', 'threshold.recovered']);
    expect(latency?.evidence).toEqual(seqOf('snapshot.taken'));
    // The error panel had no points in any snapshot: its chart says so by having no series.
    expect(charts.panels.find((chart) => chart.panelId === 'errors')?.series).toEqual([]);

    expect(charts.snapshots.map((snapshot) => snapshot.label)).toEqual(['first', 'second']);
    expect(charts.snapshots[0]?.values).toEqual([
      {
        title: 'Alerts',
        values: [
          { name: 'critical firing', value: 0 },
          { name: 'firing', value: 0 },
          { name: 'pending', value: 0 },
        ],
      },
    ]);
    expect(timeline.entries.filter((entry) => entry.key).map((entry) => entry.kind)).toEqual([
      'day.started',
      'threshold.breached',
      'threshold.recovered',
    ]);
  });

  it('thins a long series but keeps its spike', async () => {
    day = await RecordedDay.start();
    const long: Array<[number, number]> = Array.from({ length: 5000 }, (_, i) => [
      DAY_START + i * 1000,
      i === 3333 ? 9000 : 100 + (i % 7),
    ]);
    await day.at(6_000_000).snapshot('long', dashboardSnapshot(DAY_START + 6_000_000, long, []));

    const { charts } = buildReport({ day: day.exported(), signoff: [], panels: PANELS });

    const series = charts.panels.find((chart) => chart.panelId === 'latency')?.series[0];
    expect(series?.points.length).toBeLessThanOrEqual(PANEL_CHART_MAX_POINTS);
    expect(Math.max(...(series?.points ?? []).map(([, value]) => value))).toBe(9000);
    expect(Math.min(...(series?.points ?? []).map(([, value]) => value))).toBe(100);
  });
});
