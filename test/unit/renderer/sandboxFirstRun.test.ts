import { describe, expect, it } from 'vitest';
import { createJournalStores } from '../../../renderer/journal/journalStores';
import { openRehearsalOnFirstRun } from '../../../renderer/sandbox/firstRunRehearsal';
import { firstRunDecision } from '../../../renderer/sandbox/firstRunRule';
import { createNavigationStore } from '../../../renderer/state/navigationStore';
import { createSandboxStore } from '../../../renderer/state/sandbox/sandboxStore';
import { createFakeJournal, dayInfo } from './journalFakeJournal';
import { runningStatus, sandboxStatus } from './sandboxFakeSandbox';

describe('first-run rule', () => {
  const stopped = sandboxStatus();

  it('opens the Rehearsal view for a journal with no test day and a sandbox that could start', () => {
    expect(firstRunDecision({ sandbox: stopped, journalDays: [], userNavigated: false })).toBe('open');
  });

  it('waits until both the sandbox and the journal have answered', () => {
    expect(firstRunDecision({ sandbox: null, journalDays: [], userNavigated: false })).toBe('wait');
    expect(firstRunDecision({ sandbox: stopped, journalDays: null, userNavigated: false })).toBe('wait');
  });

  it('stays where it is once the journal holds a test day, even an ended one', () => {
    const ended = dayInfo(1, { endedAt: 1_700_000_100_000 });
    expect(firstRunDecision({ sandbox: stopped, journalDays: [ended], userNavigated: false })).toBe('stay');
  });

  it('stays where it is when the workspace has no sandbox, or it already runs', () => {
    const none = sandboxStatus({ unavailable: 'the workspace has no sandbox environment' });
    expect(firstRunDecision({ sandbox: none, journalDays: [], userNavigated: false })).toBe('stay');
    expect(firstRunDecision({ sandbox: runningStatus(), journalDays: [], userNavigated: false })).toBe(
      'stay',
    );
  });

  it('never overrides a view the person picked', () => {
    expect(firstRunDecision({ sandbox: null, journalDays: null, userNavigated: true })).toBe('stay');
    expect(firstRunDecision({ sandbox: stopped, journalDays: [], userNavigated: true })).toBe('stay');
  });
});

describe('opening the Rehearsal view on a first run', () => {
  function console_() {
    const journal = createFakeJournal();
    journal.setCurrentDay(null);
    journal.handle('sandbox.status', () => sandboxStatus());
    journal.startSession();
    const { day } = createJournalStores(journal.access);
    const sandbox = createSandboxStore(journal.access);
    const navigation = createNavigationStore();
    const stop = openRehearsalOnFirstRun(sandbox, day, navigation);
    return { journal, day, sandbox, navigation, stop };
  }

  it('opens it once both answers are in, whichever comes first', async () => {
    const { day, sandbox, navigation } = console_();
    await sandbox.getState().refresh();
    expect(navigation.getState().view).toBe('dashboard');
    await day.getState().refresh();
    expect(navigation.getState().view).toBe('rehearsal');
  });

  it('decides once: a later reconnect with the same answers moves nobody', async () => {
    const { day, sandbox, navigation } = console_();
    await Promise.all([sandbox.getState().refresh(), day.getState().refresh()]);
    navigation.getState().show('terminals');
    await Promise.all([sandbox.getState().refresh(), day.getState().refresh()]);
    expect(navigation.getState().view).toBe('terminals');
  });

  it('leaves the view alone when the person navigated before the answers came', async () => {
    const { day, sandbox, navigation } = console_();
    navigation.getState().show('journal');
    await Promise.all([sandbox.getState().refresh(), day.getState().refresh()]);
    expect(navigation.getState().view).toBe('journal');
  });

  it('leaves the view alone when the journal already has a day', async () => {
    const { journal, day, sandbox, navigation } = console_();
    journal.setCurrentDay(dayInfo(1));
    await Promise.all([sandbox.getState().refresh(), day.getState().refresh()]);
    expect(navigation.getState().view).toBe('dashboard');
  });

  it('stops waiting when stopped', async () => {
    const { day, sandbox, navigation, stop } = console_();
    stop();
    await Promise.all([sandbox.getState().refresh(), day.getState().refresh()]);
    expect(navigation.getState().view).toBe('dashboard');
  });
});
