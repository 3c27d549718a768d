import type { VerifyReport, VerifyStatus } from '../../../../shared/verifyTypes';

/** The table's header row. */
const HEADINGS = { check: 'CHECK', status: 'RESULT', detail: 'DETAIL' } as const;

/** Spaces between two columns. */
const COLUMN_GAP = '  ';

/** ANSI SGR colours of the result column on a terminal: pass green, fail red, skip yellow. */
const STATUS_COLOURS: Record<VerifyStatus, string> = { pass: '\x1b[32m', fail: '\x1b[31m', skip: '\x1b[33m' };

/** ANSI SGR reset, after a coloured result. */
const RESET = '\x1b[0m';

/**
 * The report as a plain-text table: check, result and detail in aligned columns. A detail of
 * several lines continues under its column. `colour` only for a terminal (never for a pipe or file).
 */
export function formatVerifyTable(report: VerifyReport, { colour }: { colour: boolean }): string {
  const checkWidth = Math.max(HEADINGS.check.length, ...report.checks.map(({ check }) => check.length));
  const statusWidth = Math.max(HEADINGS.status.length, ...report.checks.map(({ status }) => status.length));
  const indent = ' '.repeat(checkWidth + statusWidth + 2 * COLUMN_GAP.length);
  const paint = (status: VerifyStatus) => (colour ? `${STATUS_COLOURS[status]}${status}${RESET}` : status);
  const line = (check: string, status: string, detail: string) =>
    `${check.padEnd(checkWidth)}${COLUMN_GAP}${status}${COLUMN_GAP}${detail}`.trimEnd();
  const rows = report.checks.flatMap(({ check, status, detail }) => {
    const [first = '', ...more] = detail.split('\n');
    const result = `${paint(status)}${' '.repeat(statusWidth - status.length)}`;
    return [line(check, result, first), ...more.map((text) => `${indent}${text}`)];
  });
  return [line(HEADINGS.check, HEADINGS.status.padEnd(statusWidth), HEADINGS.detail), ...rows].join('\n');
}
