import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportDay } from '../../../electron/host/journal/journalExport';
import { buildDayReport, buildReport } from '../../../electron/host/report/buildReport';
import { PreviewSnapshots } from '../../../electron/host/report/previewSnapshots';
import type { SnapshotContent } from '../../../shared/journalTypes';
import { DAY_START, dashboardSnapshot, PANELS, RecordedDay } from '../../support/recordedDay';

describe('the Report view preview keeps the snapshots it has read', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  /** The report as an export builds it and as the preview builds it with `kept`, at the day's clock. */
  const bothReports = (kept: PreviewSnapshots) => {
    const info = day.journal.days()[0];
    if (!info) throw new Error('no day recorded');
    const now = new Date(day.now);
    const criteria = { signoff: [], panels: PANELS };
    const exported = buildReport({ ...criteria, day: exportDay(day.journal, info, now) });
    const withoutSnapshots = exportDay(day.journal, info, now, { transcripts: false, snapshots: false });
    const previewed = buildDayReport({ ...criteria, day: { ...withoutSnapshots, snapshots: kept.of(info) } });
    return { exported, previewed };
  };

  it('gives the export’s report at every refresh while reading each snapshot from the journal once', async () => {
    day = await RecordedDay.start();
    const kept = new PreviewSnapshots(day.journal);
    const reads = vi.spyOn(day.journal, 'snapshot');
    await day.panelValues('latency', [
      [60_000, 200],
      [70_000, 520],
    ]);
    const before = DAY_START - 30_000;
    await day.at(100_000).snapshot(
      'first',
      dashboardSnapshot(
        DAY_START + 100_000,
        [
          [before, 900],
          [DAY_START + 60_000, 200],
          [DAY_START + 70_000, 520],
        ],
        [[DAY_START + 60_000, 1]],
      ),
    );
    let reports = bothReports(kept);
    expect(reports.previewed).toEqual(reports.exported);
    expect(reports.previewed.targets.rows[0]?.achieved?.peak).toBe(520);

    // The second snapshot repeats a time with another value, reaches past the clock (a skewed
    // Prometheus), and has a second panel of the same title, which the report ignores.
    const second: SnapshotContent = dashboardSnapshot(
      DAY_START + 200_000,
      [
        [DAY_START + 70_000, 610],
        [DAY_START + 150_000, 240],
        [DAY_START + 210_000, 980],
      ],
      [],
    );
    second.panels.push({
      title: 'Latency',
      unit: 'ms',
      series: [{ name: 'p95', points: [[DAY_START + 80_000, 5]] }],
    });
    await day.at(200_000).snapshot('second', second);
    await day.note('scaled the pool');
    reports = bothReports(kept);
    expect(reports.previewed).toEqual(reports.exported);
    expect(reports.previewed.charts.panels[0]?.series[0]?.points).toEqual([
      [DAY_START + 60_000, 200],
      [DAY_START + 70_000, 610],
      [DAY_START + 150_000, 240],
    ]);

    await day.at(300_000).end({ decision: 'go', reason: 'held after scaling' });
    reports = bothReports(kept);
    expect(reports.previewed).toEqual(reports.exported);
    expect(reports.previewed.targets.rows[0]?.achieved?.peak).toBe(980);
    expect(reports.previewed.summary.counts.snapshots).toBe(2);

    // Three previews (and three exports) read the two snapshots once for the preview.
    const exportsRead = 1 + 2 + 2;
    expect(reads).toHaveBeenCalledTimes(exportsRead + 2);
  });
});
