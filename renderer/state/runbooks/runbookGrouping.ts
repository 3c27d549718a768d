import type { RunbookSummary } from '../../../shared/runbookRunTypes';
import type { RunbookKind } from '../../../shared/runbookTypes';

/** The phases of a test day, in the order they come; other phases follow alphabetically. */
export const DAY_PHASES = ['24h-before', '1h-before', 'during', 'after'] as const;

/** The list's groups, in the order an on-call engineer reaches for them. */
export const GROUP_ORDER = ['checklist', 'quickfix', 'drill', 'other'] as const;
export type RunbookGroupId = (typeof GROUP_ORDER)[number];

export const GROUP_LABELS: Record<RunbookGroupId, string> = {
  checklist: 'Checklists',
  quickfix: 'Quick fixes',
  drill: 'Drills',
  other: 'Other',
};

/** Rows under one phase of the checklists; `phase` null for the other groups and phaseless checklists. */
export interface RunbookSection {
  readonly phase: string | null;
  readonly rows: readonly RunbookSummary[];
}

export interface RunbookGroup {
  readonly id: RunbookGroupId;
  readonly label: string;
  readonly sections: readonly RunbookSection[];
}

function groupOf(kind: RunbookKind | null): RunbookGroupId {
  return kind ?? 'other';
}

/** Day phases in day order, then the others alphabetically, then no phase at all. */
export function comparePhases(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const dayA = (DAY_PHASES as readonly string[]).indexOf(a);
  const dayB = (DAY_PHASES as readonly string[]).indexOf(b);
  if (dayA !== -1 || dayB !== -1) {
    if (dayA === -1) return 1;
    if (dayB === -1) return -1;
    return dayA - dayB;
  }
  return a.localeCompare(b);
}

function byTitle(a: RunbookSummary, b: RunbookSummary): number {
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/** Every word of the filter appears in the runbook's title, id, kind or phase (case ignored). */
export function matchesFilter(summary: RunbookSummary, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [summary.title, summary.id, summary.kind ?? '', summary.phase ?? '']
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The list as shown: grouped by kind, checklists by phase in day order, titles alphabetical; empty groups left out. */
export function groupRunbooks(summaries: readonly RunbookSummary[], filter = ''): RunbookGroup[] {
  const shown = summaries.filter((summary) => matchesFilter(summary, filter));
  return GROUP_ORDER.flatMap((id) => {
    const members = shown.filter((summary) => groupOf(summary.kind) === id).sort(byTitle);
    if (members.length === 0) return [];
    const sections =
      id === 'checklist'
        ? [...new Set(members.map((summary) => summary.phase))]
            .sort(comparePhases)
            .map((phase) => ({ phase, rows: members.filter((summary) => summary.phase === phase) }))
        : [{ phase: null, rows: members }];
    return [{ id, label: GROUP_LABELS[id], sections }];
  });
}

/** The runbooks' ids in the order the list shows them, for moving with the arrow keys. */
export function visibleOrder(groups: readonly RunbookGroup[]): string[] {
  return groups.flatMap((group) => group.sections.flatMap((section) => section.rows.map((row) => row.id)));
}

/** The id `delta` rows away from `current` (the first or last when none is highlighted), held at the ends. */
export function stepThrough(order: readonly string[], current: string | null, delta: 1 | -1): string | null {
  if (order.length === 0) return null;
  const index = current === null ? -1 : order.indexOf(current);
  if (index === -1) return (delta === 1 ? order[0] : order[order.length - 1]) ?? null;
  return order[Math.min(order.length - 1, Math.max(0, index + delta))] ?? null;
}
