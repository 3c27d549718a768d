import type { ReportModel } from '../../../shared/report/reportModel';
import type { Panel, SignoffCriterion } from '../../../shared/workspace/workspaceTypes';
import type { DayExport } from '../journal/journalExport';
import { chartsSection } from './charts/chartsSection';
import { commandsAppendix } from './commandsAppendix';
import { compareSection } from './compareSection';
import { issuesSection } from './issuesSection';
import { k6Section } from './k6Section';
import { alertsSnapshotEvidence, panelPolledEvidence } from './panelPolled';
import { type ReportDay, reportDayOf } from './reportDay';
import { runbookRunsSection } from './runbookRunsSection';
import { signoffSection } from './signoffSection';
import { summarySection } from './summarySection';
import { targetsSection } from './targetsSection';
import { timelineSection } from './timelineSection';

export interface ReportInput<Day = DayExport> {
  day: Day;
  /** The workspace's own go-live criteria. */
  signoff: SignoffCriterion[];
  /** The dashboard's panels: their targets make the target vs achieved table. */
  panels?: Panel[];
  /** A previous day to compare with. */
  previous?: Day | null;
}

/**
 * The report model of a test day, from its journal export alone: pure (no I/O, no clock; the
 * moment it describes is the export's `exportedAt`), so the same export always gives the same report.
 */
export function buildReport(input: ReportInput): ReportModel {
  return buildDayReport({
    ...input,
    day: reportDayOf(input.day),
    previous: input.previous ? reportDayOf(input.previous) : null,
  });
}

/** The report model of a day whose snapshots are already indexed (the preview keeps them between builds). */
export function buildDayReport(input: ReportInput<ReportDay>): ReportModel {
  const panels = input.panels ?? [];
  const current = daySections(input.day, panels);
  const runbookRuns = runbookRunsSection(input.day.events);
  const titleOf = (panelId: string) =>
    panels.find((panel) => panel.id === panelId)?.title ??
    current.targets.rows.find((row) => row.panelId === panelId)?.panelTitle ??
    null;
  const signoff = signoffSection({
    events: input.day.events,
    criteria: input.signoff,
    panels,
    targets: current.targets,
    k6: current.k6,
    runs: runbookRuns,
    alertsSnapshotEvidence: alertsSnapshotEvidence(input.day),
    polledEvidenceOf: (panelId) => {
      const title = titleOf(panelId);
      return title === null ? [] : panelPolledEvidence(input.day, title, current.window);
    },
  });
  return {
    formatVersion: 1,
    asOfMs: current.asOfMs,
    summary: current.summary,
    signoff,
    targets: current.targets,
    k6: current.k6,
    issues: issuesSection(input.day.issues),
    runbookRuns,
    timeline: timelineSection(input.day.events),
    commands: current.commands,
    compare: input.previous ? compareSection(daySections(input.previous, panels), current) : null,
    charts: chartsSection(input.day, current.targets, current.window),
  };
}

/** The sections a comparison needs too, built the same way for either day. */
function daySections(day: ReportDay, panels: readonly Panel[]) {
  const asOfMs = Date.parse(day.exportedAt);
  const window = { fromMs: day.day.startedAt, toMs: day.day.endedAt ?? asOfMs };
  const commands = commandsAppendix(day.events);
  return {
    asOfMs,
    window,
    commands,
    summary: summarySection(day, asOfMs, commands),
    targets: targetsSection(day, panels, window),
    k6: k6Section(day.events),
  };
}
