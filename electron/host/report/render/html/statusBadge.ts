import type { CriterionStatus } from '../../../../../shared/report/reportModel';
import { statusInWords, verdictInWords } from '../statusWords';

/** A status in words, coloured by the style sheet (and readable without colour: the word says it). */
export function statusBadge(status: CriterionStatus): string {
  return `<span class="status status-${status}">${statusInWords(status)}</span>`;
}

/** GO or NO-GO, as a badge. */
export function verdictBadge(verdict: 'go' | 'no-go'): string {
  return `<span class="verdict verdict-${verdict}">${verdictInWords(verdict)}</span>`;
}

/** Words that must stand out (failed, unfinished, not recovered), as a badge of the failed colour. */
export function failedWords(words: string): string {
  return `<span class="status status-failed">${words}</span>`;
}
