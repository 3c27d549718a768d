import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as issueWrites from '../../../electron/host/journal/issueWrites';
import { Journal } from '../../../electron/host/journal/journal';
import * as writes from '../../../electron/host/journal/journalWrites';
import { NO_PANELS } from '../../../electron/host/journal/panelSnapshotSource';
import type { TimelineFilter } from '../../../shared/journalTypes';
import { type ScratchJournal, scratchJournal } from '../../support/scratchJournal';

describe('journal records', () => {
  let scratch: ScratchJournal;
  beforeEach(() => {
    scratch = scratchJournal();
  });
  afterEach(() => scratch.dispose());

  const startDay = () =>
    scratch.journal.write(
      writes.startDay({ name: 'Peak load', environment: 'staging', operators: ['ana', 'bob'] }, 'ana'),
    );

  it('records a day in order: start, note, issue with its snapshot, resolution, decision, end', async () => {
    const { journal } = scratch;
    const day = await startDay();
    await journal.write(writes.addNote('ramp to 500 VUs', 'ana'));
    const issue = await journal.write(
      issueWrites.logIssue({ title: 'p95 over 300 ms', severity: 2 }, 'bob', NO_PANELS.capture()),
    );
    await journal.write(
      issueWrites.updateIssue({ id: issue.id, status: 'resolved', comment: 'scaled to 35 replicas' }, 'bob'),
    );
    await journal.write(writes.endDay({ decision: 'go', reason: 'targets met after scaling' }, 'ana'));

    const { events, total } = journal.timeline(day.id, {}, 0, 100);
    expect(total).toBe(7);
    expect(events.map((event) => event.kind)).toEqual([
      'day.started',
      'note',
      'issue.opened',
      'snapshot.taken',
      'issue.resolved',
      'decision',
      'day.ended',
    ]);
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(events[2]).toMatchObject({ actor: 'bob', subject: 'p95 over 300 ms', severity: 2 });
    expect(journal.days()[0]).toMatchObject({ decision: 'go', decisionReason: 'targets met after scaling' });
    expect(journal.currentDay()).toBeNull();
    expect(journal.verify().problem).toBeNull();
  });

  it('takes a snapshot with every issue and links it', async () => {
    const { journal } = scratch;
    await startDay();
    const issue = await journal.write(
      issueWrites.logIssue({ title: 'Redis down', severity: 1 }, 'ana', NO_PANELS.capture()),
    );
    const detail = journal.issue(issue.id);
    expect(detail.snapshots).toHaveLength(1);
    const snapshot = journal.snapshot(detail.snapshots[0]?.id ?? 0);
    expect(snapshot.content.panels).toEqual([]);
    expect(snapshot.content.note).toMatch(/no panels are live/i);
    expect(detail.events.map((event) => event.kind)).toEqual(['issue.opened', 'snapshot.taken']);
  });

  it('filters the timeline by kind, severity, actor and text, with totals for paging', async () => {
    const { journal } = scratch;
    const day = await startDay();
    for (let index = 0; index < 30; index += 1) {
      await journal.write(writes.addNote(`probe ${index} latency ok`, index % 2 ? 'ana' : 'bob'));
    }
    await journal.write(
      issueWrites.logIssue({ title: 'Login 5xx', severity: 1 }, 'ana', NO_PANELS.capture()),
    );
    await journal.write(
      issueWrites.logIssue({ title: 'Slow feed', severity: 3 }, 'bob', NO_PANELS.capture()),
    );

    expect(journal.timeline(day.id, { kinds: ['note'] }, 0, 10)).toMatchObject({ total: 30 });
    expect(journal.timeline(day.id, { kinds: ['note'] }, 25, 10).events).toHaveLength(5);
    const sev1 = journal.timeline(day.id, { severities: [1] }, 0, 10);
    expect(sev1.events.map((event) => event.subject)).toEqual(['Login 5xx']);
    expect(journal.timeline(day.id, { actor: 'ANA', kinds: ['note'] }, 0, 100).total).toBe(15);
    expect(journal.timeline(day.id, { text: 'PROBE 2' }, 0, 100).total).toBe(11);
    expect(journal.timeline(day.id, { text: '%' }, 0, 100).total).toBe(0);
  });

  it('reads pages deep in a long, growing day exactly as counting rows would', async () => {
    const { journal } = scratch;
    const day = await startDay();
    const kinds = ['probe.result', 'note', 'threshold.breached'] as const;
    const appendMany = (from: number, count: number) =>
      journal.write((tx) => {
        for (let index = from; index < from + count; index += 1) {
          const kind = kinds[index % 3] ?? 'note';
          writes.appendToDay({
            kind,
            actor: 'warroom',
            subject: `event ${index}`,
            severity: kind === 'note' ? null : 2,
          })(tx);
        }
      });
    const expected = (filter: TimelineFilter, offset: number, limit: number) => {
      const where = filter.kinds ? `AND kind IN (${filter.kinds.map((k) => `'${k}'`).join(',')})` : '';
      return journal.database
        .prepare(`SELECT seq FROM events WHERE day_id = ? ${where} ORDER BY seq LIMIT ? OFFSET ?`)
        .pluck()
        .all(day.id, limit, offset);
    };
    await appendMany(0, 1_050);
    for (const [filter, offset] of [
      [{}, 0],
      [{}, 437],
      [{ kinds: ['note'] }, 299],
      [{}, 1_000],
    ] satisfies Array<[TimelineFilter, number]>) {
      const page = journal.timeline(day.id, filter, offset, 60);
      expect(page.events.map((event) => event.seq)).toEqual(expected(filter, offset, 60));
    }
    // Appended after the positions were read: they extend the index, and nothing moves.
    await appendMany(1_050, 333);
    expect(journal.timeline(day.id, {}, 0, 1).total).toBe(1_384);
    expect(journal.timeline(day.id, { kinds: ['note'] }, 0, 1).total).toBe(461);
    expect(journal.timeline(day.id, {}, 1_300, 100).events.map((event) => event.seq)).toEqual(
      expected({}, 1_300, 100),
    );
    expect(journal.timeline(day.id, { kinds: ['note'] }, 400, 100).events.map((event) => event.seq)).toEqual(
      expected({ kinds: ['note'] }, 400, 100),
    );
    expect(journal.timeline(day.id, {}, 5_000, 10)).toEqual({ total: 1_384, events: [] });
  });

  it('starts a day of its own when something is recorded with none open, and refuses a second open day', async () => {
    const { journal } = scratch;
    const note = await journal.write(writes.addNote('before anyone started the day', 'carol'));
    const day = journal.currentDay();
    expect(day?.name).toMatch(/^Unplanned \d{4}-\d{2}-\d{2}$/);
    expect(note.dayId).toBe(day?.id);
    await expect(startDay()).rejects.toThrow(/still being recorded: end it/);
  });

  it('keeps corrections as new events and refuses to edit or delete an event', async () => {
    const { journal } = scratch;
    await startDay();
    const wrong = await journal.write(writes.addNote('rollback at 14:00', 'ana'));
    const fix = await journal.write(writes.addNote('rollback was at 14:10', 'ana', wrong.seq));
    expect(fix.payload).toMatchObject({ corrects: wrong.seq });
    expect(() =>
      journal.database.prepare('UPDATE events SET subject = ? WHERE seq = ?').run('x', wrong.seq),
    ).toThrow(/append-only/);
    expect(() => journal.database.prepare('DELETE FROM events WHERE seq = ?').run(wrong.seq)).toThrow(
      /never deleted/,
    );
    await expect(journal.write(writes.addNote('fixes nothing', 'ana', 999))).rejects.toThrow(/no event #999/);
  });

  it('keeps an issue’s history: changes, action items, linked events', async () => {
    const { journal } = scratch;
    await startDay();
    const breach = await journal.write(
      writes.appendToDay({
        kind: 'threshold.breached',
        actor: 'warroom',
        subject: 'P95 > 300 ms',
        severity: 2,
      }),
    );
    const issue = await journal.write(
      issueWrites.logIssue(
        { title: 'Slow feed', severity: 3, linkedEvents: [breach.seq] },
        'ana',
        NO_PANELS.capture(),
      ),
    );
    await journal.write(
      issueWrites.updateIssue({ id: issue.id, severity: 2, owner: 'bob', status: 'mitigated' }, 'ana'),
    );
    await journal.write(
      issueWrites.addActionItem(
        { issueId: issue.id, text: 'Add a feed cache', owner: 'bob', due: '2026-12-01' },
        'ana',
      ),
    );
    await expect(
      journal.write(issueWrites.updateIssue({ id: issue.id, severity: 2 }, 'ana')),
    ).rejects.toThrow(/nothing to record/);

    const detail = journal.issue(issue.id);
    expect(detail).toMatchObject({ severity: 2, owner: 'bob', status: 'mitigated' });
    expect(detail.actionItems).toEqual([
      { id: 1, text: 'Add a feed cache', owner: 'bob', due: '2026-12-01' },
    ]);
    expect(detail.events.map((event) => event.kind)).toEqual([
      'threshold.breached',
      'issue.opened',
      'snapshot.taken',
      'issue.updated',
      'issue.updated',
    ]);
    expect(detail.events[3]?.payload).toMatchObject({
      changes: {
        severity: { from: 3, to: 2 },
        owner: { from: null, to: 'bob' },
        status: { from: 'open', to: 'mitigated' },
      },
    });
  });

  it('commits a burst in few transactions and answers each caller only once its event is on disk', async () => {
    const { journal, path } = scratch;
    await startDay();
    const commits: number[] = [];
    const stop = journal.onChange((events) => {
      if (events !== 'external') commits.push(events.length);
    });
    const reader = new Database(path, { readonly: true });
    const seen = await Promise.all(
      Array.from({ length: 1000 }, (_, index) =>
        journal.write(writes.addNote(`burst ${index}`, 'ana')).then((event) => {
          const row = reader.prepare('SELECT subject FROM events WHERE seq = ?').get(event.seq) as {
            subject: string;
          };
          return row?.subject === `burst ${index}`;
        }),
      ),
    );
    stop();
    reader.close();
    expect(seen.every(Boolean)).toBe(true);
    expect(commits.reduce((sum, count) => sum + count, 0)).toBe(1000);
    expect(commits.length).toBeLessThanOrEqual(5);
  });

  it('fails only the bad operation of a batch', async () => {
    const { journal } = scratch;
    await startDay();
    const results = await Promise.allSettled([
      journal.write(writes.addNote('first', 'ana')),
      journal.write(issueWrites.updateIssue({ id: 42, status: 'resolved' }, 'ana')),
      journal.write(writes.addNote('second', 'ana')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/no issue #42/);
    expect(journal.verify()).toEqual({ eventsChecked: 3, problem: null });
  });

  it('stores command transcripts searchable without ANSI codes', async () => {
    const { journal } = scratch;
    const day = await startDay();
    const output =
      '\x1b[32mPASS\x1b[0m smoke test\r\nprogress 10%\rprogress 100%\r\n\x1b]0;title\x07done\r\n';
    const finished = await journal.write(
      writes.recordCommandFinished(
        {
          terminalId: 't1',
          command: 'npm run smoke',
          cwd: '/srv',
          startedAt: 1_000,
          finishedAt: 4_500,
          exitCode: 0,
          output,
          truncated: false,
        },
        'ana',
      ),
    );
    expect(finished.payload).toMatchObject({ exitCode: 0, durationMs: 3_500 });
    const [summary] = journal.transcripts(day.id, 'pass smoke');
    expect(summary).toMatchObject({ command: 'npm run smoke', exitCode: 0, truncated: false });
    expect(journal.transcript(summary?.id ?? 0).text).toBe('PASS smoke test\nprogress 100%\ndone\n');
    expect(journal.transcripts(day.id, 'progress 10%')).toHaveLength(0);
    expect(journal.transcripts(day.id, 'no such text')).toEqual([]);
  });

  it('notices what another process commits to the same file', async () => {
    const { journal, path } = scratch;
    await startDay();
    const external = new Promise<void>((resolve) => {
      const stop = journal.onChange((events) => {
        if (events === 'external') {
          stop();
          resolve();
        }
      });
    });
    const other = Journal.open(path);
    await other.write(writes.addNote('from the CLI', 'pipeline'));
    await other.close();
    await external;
    expect(journal.timeline(journal.currentDay()?.id ?? 0, {}, 0, 10).events.at(-1)?.subject).toBe(
      'from the CLI',
    );
    expect(journal.verify().problem).toBeNull();
  });
});
