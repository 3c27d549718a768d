import { afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/host/report/buildReport';
import { renderHtml } from '../../../electron/host/report/render/html/renderHtml';
import type { SnapshotContent } from '../../../shared/journalTypes';
import { DAY_START, dashboardSnapshot, PANELS, RecordedDay } from '../../support/recordedDay';

/** The element that opens with `opening` up to its closing `</tag>` (charts and figures do not nest their own tag). */
function element(html: string, opening: string, tag: string): string {
  const start = html.indexOf(opening);
  if (start < 0) throw new Error(`no ${opening} in the report`);
  return html.slice(start, html.indexOf(`</${tag}>`, start) + tag.length + 3);
}

/** Each value-axis label with the y of its grid line. */
function valueTicks(svg: string): Map<string, number> {
  const ticks = [
    ...svg.matchAll(/<line class="grid" [^>]*y1="([\d.]+)"[^>]*\/><text class="tick"[^>]*>([^<]+)<\/text>/g),
  ];
  return new Map(ticks.map((match) => [match[2] ?? '', Number(match[1])]));
}

/** A path's `d` as runs of [x, y] points; `M` starts a run. */
function pathRuns(d: string): Array<Array<[number, number]>> {
  return d
    .split('M')
    .filter((run) => run !== '')
    .map((run) => {
      const numbers = run.replace('h0', '').replace('L', ' ').trim().split(/\s+/).map(Number);
      const points: Array<[number, number]> = [];
      for (let index = 0; index + 1 < numbers.length; index += 2) {
        points.push([numbers[index] ?? Number.NaN, numbers[index + 1] ?? Number.NaN]);
      }
      return points;
    });
}

function latencyAt(offsets: Array<[offsetMs: number, value: number]>): Array<[number, number]> {
  return offsets.map(([offsetMs, value]) => [DAY_START + offsetMs, value]);
}

describe('HTML report: charts drawn as inline SVG', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  it("draws a target panel's threshold where its axis puts the target, through the point at that value", async () => {
    day = await RecordedDay.start();
    await day.panelValues('latency', [
      [60_000, 200],
      [80_000, 520],
      [100_000, 240],
    ]);
    const latency = latencyAt([
      [60_000, 200],
      [70_000, 300],
      [80_000, 520],
      [90_000, 410],
    ]);
    await day.at(120_000).snapshot('peak', dashboardSnapshot(DAY_START + 120_000, latency, []));
    await day.at(600_000).end();
    const exported = day.exported();
    const breach = exported.events.find((event) => event.kind === 'threshold.breached');

    const html = renderHtml(buildReport({ day: exported, signoff: [], panels: PANELS }));

    const figure = element(html, '<figure class="panel-chart" data-panel-id="latency">', 'figure');
    const ticks = valueTicks(figure);
    const zero = ticks.get('0 ms');
    const top = [...ticks].at(-1);
    expect(zero).toBeDefined();
    expect(top?.[0]).toBe('600 ms');
    const expectedY = (zero ?? 0) + ((top?.[1] ?? 0) - (zero ?? 0)) * (300 / 600);
    const thresholdY = Number(
      /<line class="threshold" [^>]*y1="([\d.]+)"[^>]*data-value="300"/.exec(figure)?.[1],
    );
    expect(thresholdY).toBeCloseTo(expectedY, 0);
    expect(figure).toContain('>p95 &lt; 300</text>');

    const paths = [...figure.matchAll(/<path class="line c0" d="([^"]+)"\/>/g)].map(
      (match) => match[1] ?? '',
    );
    expect(paths).toHaveLength(1);
    const [run] = pathRuns(paths[0] ?? '');
    const ys = (run ?? []).map(([, y]) => y);
    expect(ys).toHaveLength(4);
    // 200 below the line, 300 on it, 520 and 410 above (y grows downwards).
    expect(ys[0]).toBeGreaterThan(thresholdY);
    expect(Math.abs((ys[1] ?? 0) - thresholdY)).toBeLessThanOrEqual(0.1);
    expect(ys[2]).toBeLessThan(ys[3] ?? 0);
    expect(ys[3]).toBeLessThan(thresholdY);
    // Coordinates carry one decimal at most: a long day's SVG stays lean.
    expect(paths[0]?.match(/\d+\.\d{2,}/g) ?? []).toEqual([]);
    // The breach is marked on the chart, named in its tooltip, and links to its timeline row.
    expect(figure).toMatch(
      new RegExp(
        `<a href="#seq-${breach?.seq}"><line class="marker marker-bad" [^>]*><title>#${breach?.seq} threshold.breached at 2026-03-10 09:01:20Z: Latency \\(p95\\) breached`,
      ),
    );
    // The time axis reads UTC clock times.
    expect(figure).toMatch(/<text class="tick" [^>]*text-anchor="middle">09:0\d<\/text>/);
  });

  it('breaks the line between snapshots far apart, and draws an empty panel as a "no data" frame', async () => {
    day = await RecordedDay.start();
    const early = latencyAt([
      [60_000, 200],
      [70_000, 210],
      [80_000, 220],
    ]);
    const late = latencyAt([
      [3_000_000, 250],
      [3_010_000, 260],
    ]);
    await day.at(90_000).snapshot('early', dashboardSnapshot(DAY_START + 90_000, early, []));
    await day.at(3_020_000).snapshot('late', dashboardSnapshot(DAY_START + 3_020_000, late, []));
    await day.at(3_600_000).end();

    const html = renderHtml(buildReport({ day: day.exported(), signoff: [], panels: PANELS }));

    const latency = element(html, '<figure class="panel-chart" data-panel-id="latency">', 'figure');
    const d = /<path class="line c0" d="([^"]+)"/.exec(latency)?.[1] ?? '';
    expect(pathRuns(d).map((run) => run.length)).toEqual([3, 2]);
    expect(latency).toContain('data-points="5"');

    const errors = element(html, '<figure class="panel-chart" data-panel-id="errors">', 'figure');
    expect(errors).toContain('data-points="0"');
    expect(errors).toMatch(/<rect class="frame" [^>]*\/><text class="no-data" [^>]*>no data<\/text>/);
    expect(errors).not.toContain('<path');
    expect(errors).toContain('no snapshot held this panel');
  });

  it("draws each snapshot once, small: an issue's with the issue, the rest in their section, values as tables", async () => {
    day = await RecordedDay.start();
    const frozen = dashboardSnapshot(
      DAY_START + 200_000,
      latencyAt([
        [100_000, 250],
        [150_000, 340],
      ]),
      latencyAt([
        [100_000, 0.1],
        [150_000, 0.7],
      ]),
    );
    const issue = await day.at(200_000).issue('Latency climbing', 2, frozen);
    const empty: SnapshotContent = { takenAt: DAY_START + 300_000, panels: [] };
    await day.at(300_000).snapshot('empty board', empty);
    await day.at(400_000).end();

    const html = renderHtml(buildReport({ day: day.exported(), signoff: [], panels: PANELS }));

    const article = element(html, `<article class="issue severity-2" id="issue-${issue.id}">`, 'article');
    const drawn = element(article, '<figure class="snapshot"', 'figure');
    expect(drawn).toMatch(/^<figure class="snapshot" id="snapshot-\d+">/);
    expect([...drawn.matchAll(/<svg class="chart"/g)]).toHaveLength(2);
    expect([...drawn.matchAll(/<path class="line c0" d="M[^"]+"/g)]).toHaveLength(2);
    expect(drawn).toContain('<td>critical firing</td><td>0</td>');
    const snapshotId = /id="snapshot-(\d+)"/.exec(drawn)?.[1];
    expect(article).toContain(`<a href="#snapshot-${snapshotId}">snapshot ${snapshotId}</a>`);
    expect(html.split(`id="snapshot-${snapshotId}"`)).toHaveLength(2);

    const section = element(html, '<section id="snapshots" class="major">', 'section');
    expect(section).toContain('empty board');
    expect(section).toContain('no data: the snapshot froze no panel');
    expect(section).not.toContain(`id="snapshot-${snapshotId}"`);
  });
});
