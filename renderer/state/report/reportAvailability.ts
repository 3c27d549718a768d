import type { Role } from '../../../shared/api';
import type { ReportPreview } from '../../../shared/reportContract';

type CriterionLine = ReportPreview['criteria'][number];

const VIEWER_OVERRIDE = 'A read-only viewer cannot override a criterion.';
const VIEWER_EXPORT = 'A read-only viewer cannot export the report.';
const NOT_INTRODUCED = 'Waiting for the host to introduce this console.';
const NOT_RECORDED = 'Only the day being recorded takes overrides; this day has ended.';

function roleProblem(role: Role | null, viewerWords: string): string | null {
  return role === 'viewer' ? viewerWords : role === null ? NOT_INTRODUCED : null;
}

/** A criterion the data did not pass and nobody has overridden yet: the ones an override is for. */
export function needsOverride(criterion: CriterionLine): boolean {
  return criterion.status !== 'passed' && !criterion.overridden;
}

/** Whether this console may override the preview's criteria (null), or why not, for the button's tooltip. */
export function overrideUnavailable(preview: ReportPreview, role: Role | null): string | null {
  return roleProblem(role, VIEWER_OVERRIDE) ?? (preview.ongoing ? null : NOT_RECORDED);
}

/** Whether this console may export (null), or why not. */
export function exportUnavailable(role: Role | null): string | null {
  return roleProblem(role, VIEWER_EXPORT);
}
