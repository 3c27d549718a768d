import { describe, expect, it } from 'vitest';
import { createJournalStores } from '../../../renderer/journal/journalStores';
import { matchShortcut } from '../../../renderer/shortcuts/shortcutTable';
import { selectIsBrowsingEarlierDay, selectViewedDay } from '../../../renderer/state/journal/journalDayStore';
import { ApiError } from '../../../shared/apiErrors';
import { settle } from './fakeHost';
import { createFakeJournal, dayInfo } from './journalFakeJournal';

const issue = {
  id: 7,
  dayId: 1,
  title: 'p95 over 300 ms',
  severity: 2,
  status: 'open',
  owner: null,
  openedAt: 1,
  updatedAt: 1,
  openedBy: 'ana',
} as const;

function journalAs(role: 'operator' | 'viewer') {
  const journal = createFakeJournal();
  journal.handle('journal.logIssue', () => issue);
  journal.handle('journal.addNote', ({ text }) => ({ ...journalEventFor(text) }));
  journal.handle('journal.startDay', ({ name }) => dayInfo(2, { name }));
  journal.startSession(role);
  return { journal, stores: createJournalStores(journal.access) };
}

function journalEventFor(text: string) {
  return {
    seq: 1,
    dayId: 1,
    time: 1,
    kind: 'note',
    actor: 'ana',
    subject: text,
    severity: null,
    payload: {},
  } as const;
}

const WRITE_METHODS = [
  'journal.addNote',
  'journal.logIssue',
  'journal.startDay',
  'journal.endDay',
  'journal.recordDecision',
  'journal.updateIssue',
  'journal.addActionItem',
  'journal.takeSnapshot',
  'journal.setOperator',
] as const;

describe('journal writes', () => {
  it('never calls the host for a viewer, and says why', async () => {
    const { journal, stores } = journalAs('viewer');
    expect(await stores.note.getState().addNote('hello')).toBe(false);
    expect(await stores.logIssue.getState().submit({ title: 'x', severity: 3 })).toBe(false);
    expect(await stores.day.getState().startDay({ name: 'day' })).toBe(false);
    expect(await stores.day.getState().endDay({})).toBe(false);
    expect(await stores.day.getState().recordDecision({ decision: 'go', reason: 'fine' })).toBe(false);
    expect(await stores.issues.getState().update({ id: 7, status: 'resolved' })).toBe(false);
    expect(await stores.issues.getState().addActionItem({ issueId: 7, text: 'fix' })).toBe(false);
    expect(await stores.snapshots.getState().take('now')).toBe(false);
    for (const method of WRITE_METHODS) expect(journal.callsOf(method)).toEqual([]);
    expect(stores.note.getState().error).toBe('Could not add the note: this is a read-only viewer session.');
    expect(stores.logIssue.getState().error).toMatch(/log the issue: this is a read-only viewer/);
    expect(stores.day.getState().error).toMatch(/read-only viewer/);
  });

  it('logs an issue from the dialog and closes it', async () => {
    const { journal, stores } = journalAs('operator');
    stores.logIssue.getState().show();
    const logged = await stores.logIssue.getState().submit({ title: 'p95 over 300 ms', severity: 2 });
    expect(logged).toBe(true);
    expect(journal.callsOf('journal.logIssue')).toEqual([{ title: 'p95 over 300 ms', severity: 2 }]);
    expect(stores.logIssue.getState()).toMatchObject({ open: false, lastLogged: issue });
  });

  it('keeps the dialog open with the host’s reason when logging fails', async () => {
    const { journal, stores } = journalAs('operator');
    journal.handle('journal.logIssue', () => {
      throw new ApiError('bad_request', 'title: a title is one line');
    });
    stores.logIssue.getState().show();
    expect(await stores.logIssue.getState().submit({ title: 'x', severity: 1 })).toBe(false);
    expect(stores.logIssue.getState()).toMatchObject({
      open: true,
      error: 'Could not log the issue: title: a title is one line',
    });
  });

  it('names what failed to load', async () => {
    const { journal, stores } = journalAs('operator');
    journal.handle('journal.issues', () => {
      throw new ApiError('internal', 'database is locked');
    });
    journal.handle('journal.status', () => {
      throw new ApiError('unavailable', 'not connected to the host');
    });
    stores.issues.getState().showDay(1);
    await stores.day.getState().refresh();
    await settle();
    expect(stores.issues.getState().error).toBe('Could not load the issues: database is locked');
    expect(stores.day.getState().error).toMatch(/^Could not load the journal’s days: not connected/);
  });

  it('shows a started day at once, and leaves an earlier day being browsed', async () => {
    const { stores } = journalAs('operator');
    await stores.day.getState().refresh();
    stores.day.getState().selectDay(5);
    expect(selectIsBrowsingEarlierDay(stores.day.getState())).toBe(true);
    expect(await stores.day.getState().startDay({ name: 'Peak test' })).toBe(true);
    expect(selectIsBrowsingEarlierDay(stores.day.getState())).toBe(false);
    expect(selectViewedDay(stores.day.getState())?.name).toBe('Peak test');
  });

  it('picking the current day in the picker is not browsing', async () => {
    const { stores } = journalAs('operator');
    await stores.day.getState().refresh();
    stores.day.getState().selectDay(1);
    expect(stores.day.getState().selectedDayId).toBeNull();
  });
});

describe('the log-issue shortcut', () => {
  const chord = { key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true, altKey: false, metaKey: false };

  it('is Ctrl+Shift+L, and works while a terminal or a text field has the focus', () => {
    for (const context of ['terminal', 'text-field', 'page'] as const) {
      expect(matchShortcut(chord, context)?.action).toEqual({ type: 'log-issue' });
    }
    expect(matchShortcut({ ...chord, shiftKey: false }, 'terminal')).toBeUndefined();
  });
});
