import type { ReportModel } from '../../../../../shared/report/reportModel';
import { timelineTable } from './timelineRows';

/** Every event of the day in journal order: the rows every `#seq` of the report points at. */
export function timelineMarkdown(model: ReportModel): string {
  const { entries } = model.timeline;
  return [
    '## Timeline',
    `Every event of the day, in the order the journal recorded it (${entries.length}).`,
    timelineTable(entries, true),
  ].join('\n\n');
}
