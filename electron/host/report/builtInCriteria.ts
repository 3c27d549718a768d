import type { BuiltInCriterionId } from '../../../shared/report/reportModel';
import type { SignoffCriterion } from '../../../shared/workspace/workspaceTypes';

/** The go-live criteria every test day is held to (issue 8), before the workspace's own. */
export const BUILT_IN_CRITERIA: readonly { id: BuiltInCriterionId; name: string }[] = [
  { id: 'no-critical-alert', name: 'No critical alert fired' },
  { id: 'k6-thresholds', name: 'Every k6 threshold passed' },
  { id: 'drills-recovered', name: 'Every fault-injection drill recovered within its deadline' },
  { id: 'p95-under-target', name: 'P95 stayed under target at peak load' },
];

/** The names an override may give: the built-in criteria's and the workspace's. */
export function criterionNames(workspaceCriteria: readonly SignoffCriterion[]): string[] {
  return [
    ...BUILT_IN_CRITERIA.map((criterion) => criterion.name),
    ...workspaceCriteria.map((one) => one.name),
  ];
}

/** The built-in criterion's name. */
export function builtInName(id: BuiltInCriterionId): string {
  return BUILT_IN_CRITERIA.find((criterion) => criterion.id === id)?.name ?? id;
}
