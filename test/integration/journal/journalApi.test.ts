import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServeFixture, startServeFixture } from '../../support/serveFixture';
import { WsTestClient } from '../../support/wsTestClient';

describe('journal over the API', () => {
  let fixture: ServeFixture;
  let operator: WsTestClient;
  let viewer: WsTestClient;

  beforeAll(async () => {
    fixture = await startServeFixture({ shell: '/bin/sh' });
    operator = await WsTestClient.session(fixture.operatorSocketUrl, 'journal-operator-1');
    viewer = await WsTestClient.session(fixture.viewerSocketUrl, 'journal-viewer-01');
  });
  afterAll(async () => {
    await operator.close();
    await viewer.close();
    await fixture.stop();
  });

  it('attributes writes to the operator who said who they are, and tells every console', async () => {
    await operator.call('journal.setOperator', { name: 'Dana' });
    const day = await operator.call('journal.startDay', {
      name: 'Black Friday rehearsal',
      environment: 'staging',
    });
    expect(day.operators).toEqual(['Dana']);
    const changed = viewer.nextFrame((frame) => frame.t === 'event' && frame.name === 'journal.changed');
    const issue = await operator.call('journal.logIssue', { title: 'Checkout 502s', severity: 1 });
    expect((await changed).payload).toMatchObject({ currentDayId: day.id });

    const page = await viewer.call('journal.timeline', {
      dayId: day.id,
      filter: { severities: [1] },
      offset: 0,
      limit: 50,
    });
    expect(page.events).toMatchObject([{ kind: 'issue.opened', actor: 'Dana', subject: 'Checkout 502s' }]);
    const detail = await viewer.call('journal.issue', { id: issue.id });
    expect(detail.snapshots).toHaveLength(1);
    expect(await viewer.call('journal.status', {})).toMatchObject({
      currentDay: { id: day.id },
      problem: null,
    });
  });

  it('serves Warroom’s own metrics: journal write latency and open terminals', async () => {
    await operator.call('journal.addNote', { text: 'counted' });
    await operator.call('terminals.create', { cols: 80, rows: 24 });
    const text = await (await fetch(`http://127.0.0.1:${fixture.server.port}/metrics`)).text();
    const value = (name: string) =>
      Number(
        text
          .split('\n')
          .find((line) => line.startsWith(`${name} `))
          ?.split(' ')[1],
      );
    expect(value('warroom_journal_write_seconds_count')).toBeGreaterThanOrEqual(3);
    expect(value('warroom_terminals_open')).toBe(1);
    expect(text).toContain('warroom_process_cpu_seconds_total');
  });

  it('lets a viewer read but not write', async () => {
    await expect(viewer.call('journal.addNote', { text: 'I am only watching' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(viewer.call('journal.logIssue', { title: 'x', severity: 3 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(viewer.call('journal.days', {})).resolves.toHaveLength(1);
  });

  it('refuses bad input by naming the field, and unknown records by id', async () => {
    await expect(operator.call('journal.logIssue', { title: 'Bad sev', severity: 7 })).rejects.toThrow(
      /severity/,
    );
    await expect(operator.call('journal.logIssue', { title: 'two\nlines', severity: 2 })).rejects.toThrow(
      /title: a title is one line/,
    );
    await expect(operator.call('journal.setOperator', { name: '\u001b[31mred' })).rejects.toThrow(/name/);
    await expect(
      viewer.call('journal.timeline', { dayId: 99, filter: {}, offset: 0, limit: 10 }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      viewer.call('journal.timeline', { dayId: 1, filter: {}, offset: 0, limit: 5000 }),
    ).rejects.toThrow(/limit/);
    await expect(viewer.call('journal.issue', { id: 404 })).rejects.toThrow(/no issue #404/);
  });
});
