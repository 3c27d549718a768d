import type { CriterionResult, CriterionStatus, Evidence } from '../../../shared/report/reportModel';

/** A built-in criterion's judgement, before it is named and placed in the sign-off. */
export interface Judgement {
  status: CriterionStatus;
  reason: string;
  evidence: Evidence;
}

/** Whether a criterion counts towards go: passed, or overridden by a person with a recorded reason. */
export function countsAsPassed(criterion: CriterionResult): boolean {
  return criterion.status === 'passed' || criterion.override !== null;
}
