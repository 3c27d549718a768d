import type { ReportPreview } from '../../../shared/reportContract';
import type { ReportPreviewState } from './reportPreviewStore';

type CriterionStatus = ReportPreview['criteria'][number]['status'];

/** Each criterion status as the list says it. */
export const CRITERION_STATUS_WORDS: Readonly<Record<CriterionStatus, string>> = {
  passed: 'passed',
  failed: 'failed',
  'no-data': 'no data',
  'needs-judgement': 'needs judgement',
};

/** What the preview left out, in words; null when it left out nothing. */
export function shortenedWords({ timeline, commands, snapshots }: ReportPreview['shortened']): string | null {
  const parts = [
    counted(timeline, 'timeline event', 'timeline events'),
    counted(commands, 'command', 'commands'),
    counted(snapshots, 'snapshot', 'snapshots'),
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `The preview lists fewer items than the export: it leaves out ${listed} to stay quick; the export has them all.`;
}

function counted(count: number, one: string, many: string): string | null {
  return count > 0 ? `${count} ${count === 1 ? one : many}` : null;
}

/** What the view says where the preview will be, before there is one; null when the error says it. */
export function noPreviewWords(state: ReportPreviewState): string | null {
  if (state.daysKnown && state.days.length === 0)
    return 'No test day yet: start one in the Journal, and its report builds here as it goes.';
  if (state.error !== null && !state.loading) return null;
  return 'Building the report…';
}
