import { decisionSchema, type Severity } from '../../../shared/journalTypes';
import type { CommandsAppendix, RecordedDecision, SummarySection } from '../../../shared/report/reportModel';
import { numberField, stringField } from './payloadFields';
import { peakLoad } from './peakLoad';
import type { ReportDay } from './reportDay';

/** SEV1 to SEV5, the journal's severities. */
const SEVERITIES: readonly Severity[] = [1, 2, 3, 4, 5];

/** The executive summary: who, where, when, how long, the decision, the counts and the peak load. */
export function summarySection(day: ReportDay, asOfMs: number, commands: CommandsAppendix): SummarySection {
  const { events } = day;
  const finished = events.filter((event) => event.kind === 'command.finished');
  const failed = finished.filter((event) => numberField(event.payload, 'exitCode') !== 0);
  return {
    dayId: day.day.id,
    dayName: day.day.name,
    environment: day.day.environment,
    operators: [...day.day.operators],
    startedAtMs: day.day.startedAt,
    endedAtMs: day.day.endedAt,
    durationMs: (day.day.endedAt ?? asOfMs) - day.day.startedAt,
    ongoing: day.day.endedAt === null,
    decision: latestDecision(day),
    counts: {
      events: events.length,
      commands: commands.commands.length,
      failedCommands: failed.length,
      failedCommandEvidence: failed.map((event) => event.seq),
      snapshots: day.snapshots.count,
      issuesBySeverity: SEVERITIES.map((severity) => ({
        severity,
        count: day.issues.filter((issue) => issue.severity === severity).length,
      })),
    },
    peakLoad: peakLoad(events),
  };
}

function latestDecision(day: ReportDay): RecordedDecision | null {
  const event = day.events.findLast((one) => one.kind === 'decision');
  const decision = event ? decisionSchema.safeParse(stringField(event.payload, 'decision')) : null;
  if (!event || !decision?.success) return null;
  return {
    decision: decision.data,
    reason: stringField(event.payload, 'reason') ?? '',
    by: event.actor,
    atMs: event.time,
    evidence: [event.seq],
  };
}
