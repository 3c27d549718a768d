import { describe, expect, it } from 'vitest';
import { needsOverride, overrideUnavailable } from '../../../renderer/state/report/reportAvailability';
import { OVERRIDE_REASON_MAX_CHARS } from '../../../renderer/state/report/reportOverrideStore';
import { createReportStores } from '../../../renderer/state/report/reportStores';
import { shortenedWords } from '../../../renderer/state/report/reportWords';
import type { Role } from '../../../shared/api';
import { settle } from './fakeHost';
import { createFakeReportHost } from './reportFakeHost';

const THRESHOLDS = 'Every k6 threshold passed';

async function reportOn(role: Role = 'operator') {
  const host = createFakeReportHost();
  const stores = createReportStores(host.access);
  host.startSession(role);
  await stores.preview.getState().refresh();
  return { host, stores };
}

describe('overriding a criterion from the report', () => {
  it('records the trimmed reason, closes the dialog and shows the criterion overridden', async () => {
    const { host, stores } = await reportOn();
    const failed = stores.preview.getState().preview?.criteria.find((c) => c.name === THRESHOLDS);
    expect(failed && needsOverride(failed)).toBe(true);
    stores.override.getState().open(THRESHOLDS);
    expect(await stores.override.getState().submit('  k6 ran against the wrong stage; rerun passed  ')).toBe(
      true,
    );
    await settle();
    expect(host.callsOf('journal.overrideCriterion')).toEqual([
      { criterion: THRESHOLDS, reason: 'k6 ran against the wrong stage; rerun passed' },
    ]);
    expect(stores.override.getState().criterion).toBeNull();
    const preview = stores.preview.getState().preview;
    expect(preview?.criteria.find((c) => c.name === THRESHOLDS)?.overridden).toBe(true);
    expect(preview?.verdict).toBe('go');
  });

  it('refuses an empty or too long reason without asking the host', async () => {
    const { host, stores } = await reportOn();
    stores.override.getState().open(THRESHOLDS);
    expect(await stores.override.getState().submit('   ')).toBe(false);
    expect(stores.override.getState().error).toMatch(/Say why/);
    expect(await stores.override.getState().submit('x'.repeat(OVERRIDE_REASON_MAX_CHARS + 1))).toBe(false);
    expect(stores.override.getState().error).toMatch(/too long: 20001 characters, at most 20000/);
    expect(host.callsOf('journal.overrideCriterion')).toEqual([]);
    expect(stores.override.getState().criterion).toBe(THRESHOLDS);
  });

  it('keeps the dialog open with the host’s refusal', async () => {
    const { stores } = await reportOn();
    stores.override.getState().open('No such criterion');
    expect(await stores.override.getState().submit('because')).toBe(false);
    expect(stores.override.getState().error).toBe(
      'Could not override “No such criterion”: no sign-off criterion "No such criterion"',
    );
    expect(stores.override.getState().criterion).toBe('No such criterion');
  });

  it('lets a viewer read but not override, and says why; an ended day takes no override', async () => {
    const { host, stores } = await reportOn('viewer');
    const preview = stores.preview.getState().preview;
    if (!preview) throw new Error('no preview');
    expect(overrideUnavailable(preview, 'viewer')).toMatch(/read-only viewer/);
    expect(overrideUnavailable(preview, 'operator')).toBeNull();
    expect(overrideUnavailable({ ...preview, ongoing: false }, 'operator')).toMatch(/has ended/);
    stores.override.getState().open(THRESHOLDS);
    expect(await stores.override.getState().submit('because')).toBe(false);
    expect(host.callsOf('journal.overrideCriterion')).toEqual([]);
  });
});

describe('exporting the report', () => {
  it('writes the shown day with its comparison and says where, one export at a time', async () => {
    const { host, stores } = await reportOn();
    stores.preview.getState().pickCompare(1);
    await settle();
    const first = stores.exports.getState().exportReport({ dayId: 2, compareDayId: 1 }, 'html');
    expect(stores.exports.getState().inFlight).toBe('html');
    expect(await stores.exports.getState().exportReport({ dayId: 2, compareDayId: 1 }, 'md')).toBe(false);
    expect(await first).toBe(true);
    expect(host.callsOf('report.export')).toEqual([{ dayId: 2, compareDayId: 1, format: 'html' }]);
    expect(stores.exports.getState()).toMatchObject({
      inFlight: null,
      result: {
        format: 'html',
        dir: '/ws/test-results/day-2',
        files: ['/ws/test-results/day-2/report.html'],
      },
    });
  });

  it('refuses a viewer without asking the host', async () => {
    const { host, stores } = await reportOn('viewer');
    expect(await stores.exports.getState().exportReport({ dayId: 2, compareDayId: null }, 'pdf')).toBe(false);
    expect(stores.exports.getState().error).toMatch(/read-only viewer/);
    expect(host.callsOf('report.export')).toEqual([]);
  });
});

describe('the preview’s shortened line', () => {
  it('names what the preview left out, and is absent when nothing was', () => {
    expect(shortenedWords({ timeline: 0, commands: 0, snapshots: 0 })).toBeNull();
    expect(shortenedWords({ timeline: 1200, commands: 1, snapshots: 0 })).toMatch(
      /leaves out 1200 timeline events and 1 command to stay quick/,
    );
    expect(shortenedWords({ timeline: 0, commands: 3, snapshots: 1 })).toMatch(/3 commands and 1 snapshot/);
    expect(shortenedWords({ timeline: 2, commands: 3, snapshots: 4 })).toMatch(
      /2 timeline events, 3 commands and 4 snapshots/,
    );
  });
});
