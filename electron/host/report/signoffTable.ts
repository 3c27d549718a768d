import type { CriterionResult, SignoffSection } from '../../../shared/report/reportModel';

/** Each status as the table says it; an override shows as what a person decided. */
const STATUS_WORDS: Readonly<Record<CriterionResult['status'], string>> = {
  passed: 'passed',
  failed: 'FAILED',
  'no-data': 'no data',
  'needs-judgement': 'needs judgement',
};

/** The widest criterion name column before names wrap onto their reason. */
const MAX_NAME_WIDTH = 48;

/**
 * The go-live sign-off as a terminal shows it: the verdict line, then a line per criterion (its
 * status, name, why, and the journal events it rests on), for `warroom verdict`.
 */
export function formatSignoffTable(signoff: SignoffSection): string {
  const width = Math.min(MAX_NAME_WIDTH, Math.max(...signoff.criteria.map((one) => one.name.length), 9));
  const lines = [`Verdict: ${signoff.verdict === 'go' ? 'GO' : 'NO-GO'}`, signoff.verdictReason, ''];
  for (const criterion of signoff.criteria) {
    const status = criterion.override
      ? `overridden (${STATUS_WORDS[criterion.status]})`
      : STATUS_WORDS[criterion.status];
    lines.push(`${status.padEnd(16)} ${criterion.name.padEnd(width)}  ${criterion.reason}`);
    if (criterion.override) {
      lines.push(`${''.padEnd(17)}overridden by ${criterion.override.by}: ${criterion.override.reason}`);
    }
    if (criterion.evidence.length > 0) {
      lines.push(`${''.padEnd(17)}evidence: ${criterion.evidence.map((seq) => `#${seq}`).join(' ')}`);
    }
  }
  return lines.join('\n');
}
