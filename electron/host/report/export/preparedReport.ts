import type { DayInfo } from '../../../../shared/journalTypes';
import type { ReportModel } from '../../../../shared/report/reportModel';
import type { Workspace } from '../../../../shared/workspace/workspaceTypes';
import type { Journal } from '../../journal/journal';
import { type DayExport, exportDay, findDay } from '../../journal/journalExport';
import { buildDayReport, buildReport } from '../buildReport';
import type { ReportDay } from '../reportDay';
import type { DaySnapshots } from '../snapshots/daySnapshots';
import { type RedactText, redactJson } from './redaction/reportRedactor';

/** What a report is made from: the journal, the workspace's criteria and targets, and the redaction. */
export interface ReportSource {
  journal: Journal;
  /** null: the workspace did not load; the report then has the built-in criteria and no targets. */
  workspace: Workspace | null;
  redact: RedactText;
}

/** Which day (id or name; default: the current, else the newest) and which to compare with. */
export interface ReportRef {
  day?: string;
  compare?: string;
}

export interface PreparedReport {
  day: DayInfo;
  exported: DayExport;
  /** Redacted: every format renders from this alone. */
  model: ReportModel;
}

/** Reads the day from the journal and builds its report model, with every text redacted. */
export function prepareReport(source: ReportSource, ref: ReportRef, now = new Date()): PreparedReport {
  const day = findDay(source.journal, ref.day);
  const withoutOutputs = { transcripts: false };
  const exported = exportDay(source.journal, day, now, withoutOutputs);
  const previous =
    ref.compare === undefined
      ? null
      : exportDay(source.journal, findDay(source.journal, ref.compare), now, withoutOutputs);
  const model = buildReport({ ...criteriaOf(source), day: exported, previous });
  return { day, exported, model: redactJson(model, source.redact) };
}

/**
 * The same model for the Report view's preview, reading each day's events and issues again but
 * its snapshots from `snapshotsOf`, which keeps them between previews.
 */
export function preparePreview(
  source: ReportSource,
  ref: ReportRef,
  snapshotsOf: (day: DayInfo) => DaySnapshots,
  now = new Date(),
): Pick<PreparedReport, 'day' | 'model'> {
  const reportDay = (day: DayInfo): ReportDay => ({
    ...exportDay(source.journal, day, now, { transcripts: false, snapshots: false }),
    snapshots: snapshotsOf(day),
  });
  const day = findDay(source.journal, ref.day);
  const previous = ref.compare === undefined ? null : reportDay(findDay(source.journal, ref.compare));
  const model = buildDayReport({ ...criteriaOf(source), day: reportDay(day), previous });
  return { day, model: redactJson(model, source.redact) };
}

/** The workspace's sign-off criteria and dashboard panels (their targets). */
function criteriaOf(source: ReportSource) {
  return {
    signoff: source.workspace?.signoff ?? [],
    panels: source.workspace?.dashboard?.panels ?? [],
  };
}
