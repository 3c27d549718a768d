import type { CriterionStatus } from '../../../../shared/report/reportModel';

/** A criterion's or target's status as the report says it, in words. */
const STATUS_WORDS: Readonly<Record<CriterionStatus, string>> = {
  passed: 'passed',
  failed: 'failed',
  'no-data': 'no data',
  'needs-judgement': 'needs judgement',
};

export function statusInWords(status: CriterionStatus): string {
  return STATUS_WORDS[status];
}

/** A verdict or decision in capitals, as the report's first line shows it: GO or NO-GO. */
export function verdictInWords(verdict: 'go' | 'no-go'): string {
  return verdict === 'go' ? 'GO' : 'NO-GO';
}

/** Said when the day has no k6 record at all: never "passed". */
export const NO_K6_DATA = 'no k6 data';
