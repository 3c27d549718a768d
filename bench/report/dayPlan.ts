import { addActionItem, logIssue, updateIssue } from '../../electron/host/journal/issueWrites';
import { SYSTEM_ACTOR } from '../../electron/host/journal/journalConstants';
import { appendToDay, takeSnapshot } from '../../electron/host/journal/journalWrites';
import { importK6Summary } from '../../electron/host/k6/summary/k6SummaryImport';
import { k6SummaryEvent } from '../../electron/host/k6/summary/summaryEvent';
import type { Panel } from '../../shared/workspace/workspaceTypes';
import { handleSummaryText } from '../../test/support/recordedDay';
import { seededRandom } from '../../test/support/seededRandom';
import { commandsPlan } from './commandsPlan';
import { type DayShape, errorRateAt } from './dayShape';
import { frozenDashboard } from './frozenDashboard';
import type { PlanItem } from './planItem';
import { polledPlan } from './polledPlan';
import { DRILL_RUNS, runbookRunsPlan } from './runbookRunsPlan';

/** The issue's day: 200 000 events, 500 snapshots, 2 000 commands. */
export const DAY_EVENTS = 200_000;
export const DAY_SNAPSHOTS = 500;
export const DAY_COMMANDS = 2_000;

/** Issues logged over the day (each freezing the dashboard); the first few get resolved. */
const ISSUES = 6;
const RESOLVED_ISSUES = 4;

const NOTES = 600;

/** k6 threshold verdict changes journaled while each load run goes on. */
const K6_THRESHOLD_EVENTS_PER_RUN = 60;

/** Events outside the plan: day.started, and the decision and day.ended that close the day. */
const DAY_FRAME_EVENTS = 3;

/**
 * Everything that happens on the bench's day, in time order. Health probe results fill the
 * rest, so the day holds exactly DAY_EVENTS events.
 */
export function dayPlan(shape: DayShape, panels: readonly Panel[]): PlanItem[] {
  const planned = [
    ...polledPlan(shape, panels),
    ...commandsPlan(shape, DAY_COMMANDS - DRILL_RUNS),
    ...runbookRunsPlan(shape),
    ...snapshotsPlan(shape, panels, DAY_SNAPSHOTS - ISSUES),
    ...issuesPlan(shape, panels),
    ...notesPlan(shape),
    ...k6Plan(shape),
  ];
  const used = planned.reduce((sum, item) => sum + item.events, 0) + DAY_FRAME_EVENTS;
  if (used > DAY_EVENTS) throw new Error(`the plan holds ${used} events, more than the day's ${DAY_EVENTS}`);
  return [...planned, ...probesPlan(shape, DAY_EVENTS - used)].sort((a, b) => a.time - b.time);
}

function spread(shape: DayShape, count: number, index: number): number {
  return Math.round(shape.start + ((index + 0.5) * (shape.end - shape.start)) / count);
}

function snapshotsPlan(shape: DayShape, panels: readonly Panel[], count: number): PlanItem[] {
  return Array.from({ length: count }, (_, index) => {
    const time = spread(shape, count, index) + 1_234;
    return {
      time,
      events: 1,
      kind: 'stamped' as const,
      write: takeSnapshot(`Snapshot ${index + 1}`, frozenDashboard(shape, panels, time), 'ana'),
    };
  });
}

/** Issues logged during error spikes, each with its snapshot; some resolved an hour later with an action item. */
function issuesPlan(shape: DayShape, panels: readonly Panel[]): PlanItem[] {
  const step = Math.floor(shape.errorSpikes.length / ISSUES);
  return Array.from({ length: ISSUES }, (_, index) => {
    const spike = shape.errorSpikes[index * step] ?? shape.errorSpikes[0];
    const time = (spike?.from ?? shape.start) + 90_000;
    const title = `Checkout 5xx at ${errorRateAt(shape, time)} % during spike ${index + 1}`;
    const opened: PlanItem = {
      time,
      events: 2,
      kind: 'stamped',
      write: logIssue(
        {
          title,
          severity: index % 2 === 0 ? 1 : 2,
          owner: 'bob',
          description: `Seen on the dashboard; see the snapshot.`,
        },
        'ana',
        frozenDashboard(shape, panels, time),
      ),
    };
    if (index >= RESOLVED_ISSUES) return [opened];
    const resolvedAt = time + 3_600_000;
    const resolved: PlanItem = {
      time: resolvedAt,
      events: 2,
      kind: 'run',
      run: async (journal, clock) => {
        clock.now = resolvedAt;
        const dayId = journal.currentDayId();
        const issue = dayId === null ? undefined : journal.issues(dayId).find((one) => one.title === title);
        if (!issue) throw new Error(`issue "${title}" was not logged`);
        await journal.write(
          addActionItem({ issueId: issue.id, text: 'Raise the pool size', owner: 'chen' }, 'bob'),
        );
        await journal.write(
          updateIssue(
            { id: issue.id, status: 'resolved', comment: 'Pool size raised; 5xx back under 0.1 %' },
            'bob',
          ),
        );
      },
    };
    return [opened, resolved];
  }).flat();
}

function notesPlan(shape: DayShape): PlanItem[] {
  const operators = ['ana', 'bob', 'chen', 'dana'];
  return Array.from({ length: NOTES }, (_, index) => {
    const time = spread(shape, NOTES, index) + 17_000;
    const text = `Observation ${index + 1}: queue depth ${100 + (index % 70)}, consumers keeping up${index % 9 === 0 ? '\nsecond line: checked the DB pool too' : ''}`;
    return {
      time,
      events: 1,
      kind: 'inline' as const,
      write: appendToDay({
        kind: 'note',
        actor: operators[index % 4] ?? 'ana',
        subject: text,
        payload: { text },
        time,
      }),
    };
  });
}

/** Each k6 run: its thresholds failing and recovering while it goes, then its summary. */
function k6Plan(shape: DayShape): PlanItem[] {
  return shape.loadRuns.flatMap((window, run) => {
    const spacing = (window.to - window.from) / K6_THRESHOLD_EVENTS_PER_RUN;
    const thresholds = Array.from({ length: K6_THRESHOLD_EVENTS_PER_RUN }, (_, index): PlanItem => {
      const time = Math.round(window.from + index * spacing);
      const failed = index % 2 === 0;
      const key = index % 4 < 2 ? 'http_req_duration: p(95)<300' : 'http_req_failed: rate<0.01';
      const [metricKey = key, expression = ''] = key.split(': ');
      return {
        time,
        events: 1,
        kind: 'inline',
        write: appendToDay({
          kind: failed ? 'k6.threshold.failed' : 'k6.threshold.recovered',
          actor: SYSTEM_ACTOR,
          subject: `k6 threshold ${key} ${failed ? 'failed' : 'ok'}`,
          payload: {
            key,
            metricKey,
            expression,
            origin: 'output',
            verdict: failed ? 'failed' : 'ok',
            since: time,
            abortOnFail: false,
            wouldAbort: false,
            observed: metricKey === 'http_req_duration' ? 280 + (index % 50) : 0.004 + (index % 10) / 1000,
            line: null,
          },
        }),
      };
    });
    const source = `run-${run + 1}.json`;
    const imported = importK6Summary(
      handleSummaryText({ p95Ms: 240 + run * 40, failedRate: 0.002 * (run + 1), vusMax: 300 + run * 100 }),
      source,
    );
    if (!imported.ok) throw new Error(imported.problem.message);
    const summary: PlanItem = {
      time: window.to,
      events: 1,
      kind: 'inline',
      write: appendToDay({ ...k6SummaryEvent(imported.summary, source, 'dana'), time: window.to }),
    };
    return [...thresholds, summary];
  });
}

/** The health checks' results: the bulk of a long day's journal. */
function probesPlan(shape: DayShape, count: number): PlanItem[] {
  const random = seededRandom(0x9b0be);
  return Array.from({ length: count }, (_, index) => {
    const time = spread(shape, count, index);
    const probe = index % 2 === 0 ? 'api' : 'checkout';
    const down = probe === 'checkout' && errorRateAt(shape, time) > 0.5;
    const ms = Math.round(5 + random() * 60);
    const status = down ? 503 : 200;
    return {
      time,
      events: 1,
      kind: 'inline' as const,
      write: appendToDay({
        kind: 'probe.result',
        actor: SYSTEM_ACTOR,
        subject: `GET /health (${probe}) → ${status} in ${ms} ms`,
        payload: { probe, status, ms, ok: !down },
        time,
      }),
    };
  });
}
