import type { ReportModel } from '../../../../../shared/report/reportModel';

/**
 * Events a PDF lists in full: past this, printing every row would make thousands of pages no
 * reviewer reads (and minutes of printing), so the PDF keeps the key events and says so.
 */
export const PDF_TIMELINE_MAX_EVENTS = 2000;

/** The model a PDF is printed from: on a long day, only the timeline's key events. */
export function printedModel(model: ReportModel): ReportModel {
  const { entries } = model.timeline;
  if (entries.length <= PDF_TIMELINE_MAX_EVENTS) return model;
  const kept = entries.filter((entry) => entry.key).slice(-PDF_TIMELINE_MAX_EVENTS);
  return { ...model, timeline: { entries: kept, omitted: entries.length - kept.length } };
}
