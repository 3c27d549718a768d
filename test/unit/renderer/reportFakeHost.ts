import type { Clock } from '../../../renderer/journal/throttle';
import { reportAccess } from '../../../renderer/state/report/reportAccess';
import type { MethodParams } from '../../../shared/api';
import { ApiError } from '../../../shared/apiErrors';
import type { DayInfo } from '../../../shared/journalTypes';
import type { ReportPreview } from '../../../shared/reportContract';
import { createFakeHost } from './fakeHost';
import { dayInfo } from './journalFakeJournal';

const CRITERIA = ['No critical alert fired', 'Every k6 threshold passed'];

/**
 * A host answering the Report view's calls from days in memory: the preview's sign-off follows
 * the overrides recorded, and its verdict is go once nothing is left failed. Preview answers can
 * be held back to see what the store asks while one is on the wire.
 */
export function createFakeReportHost(days: DayInfo[] = [dayInfo(1, { endedAt: 1 }), dayInfo(2)]) {
  const fake = createFakeHost();
  const overridden = new Set<string>();
  let holding = false;
  const held: (() => void)[] = [];
  let onWire = 0;
  let mostOnWire = 0;
  let failWith: ApiError | null = null;

  const previewOf = ({ dayId }: MethodParams<'report.preview'>): ReportPreview => {
    const day = days.find((candidate) => candidate.id === dayId);
    if (!day) throw new ApiError('not_found', `no test day ${dayId}`);
    const criteria = CRITERIA.map((name, index) => ({
      id: `c${index}`,
      name,
      status: index === 0 ? ('passed' as const) : ('failed' as const),
      reason: index === 0 ? 'no alert fired' : 'http_req_failed rate<0.01 failed',
      overridden: index > 0 && overridden.has(name),
    }));
    const go = criteria.every((criterion) => criterion.status === 'passed' || criterion.overridden);
    return {
      dayId: day.id,
      dayName: day.name,
      ongoing: day.endedAt === null,
      asOfMs: 1_700_000_000_000,
      verdict: go ? 'go' : 'no-go',
      verdictReason: go ? 'every criterion passed' : 'Every k6 threshold passed: failed',
      criteria,
      html: `<h1>${day.name}</h1>`,
      css: '.warroom-report h1 { color: black; }',
      shortened: { timeline: 0, commands: 0, snapshots: 0 },
    };
  };

  fake.handle('journal.days', () => [...days].sort((a, b) => b.id - a.id));
  fake.handle('report.preview', async (params) => {
    onWire++;
    mostOnWire = Math.max(mostOnWire, onWire);
    try {
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      if (failWith) throw failWith;
      return previewOf(params);
    } finally {
      onWire--;
    }
  });
  fake.handle('journal.overrideCriterion', ({ criterion, reason }) => {
    if (!CRITERIA.includes(criterion))
      throw new ApiError('bad_request', `no sign-off criterion "${criterion}"`);
    overridden.add(criterion);
    return {
      seq: 99,
      dayId: 2,
      time: 1_700_000_000_000,
      kind: 'signoff.overridden',
      actor: 'ana',
      subject: reason,
      severity: null,
      payload: { criterion, reason },
    };
  });
  fake.handle('report.export', ({ dayId, format }) => ({
    dir: `/ws/test-results/day-${dayId}`,
    files: [`/ws/test-results/day-${dayId}/report.${format}`],
    skipped: [],
  }));

  return {
    ...fake,
    access: reportAccess(fake.host.api, fake.host.connection),
    days,
    /** Holds every preview answer until released. */
    hold: () => {
      holding = true;
    },
    /** Lets the held answers go, and the next ones through at once. */
    release: () => {
      holding = false;
      for (const resolve of held.splice(0)) resolve();
    },
    failPreviews: (error: ApiError | null) => {
      failWith = error;
    },
    previewCalls: () => fake.callsOf('report.preview'),
    /** The most preview requests that were on the wire at the same time. */
    mostOnWire: () => mostOnWire,
  };
}

/** Time that moves only when the test says. */
export function manualClock() {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      timers = timers.filter((timer) => timer !== handle);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((timer) => timer.at <= now);
    timers = timers.filter((timer) => timer.at > now);
    for (const timer of due) timer.run();
  };
  return { clock, advance };
}
