import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files a results bundle holds (README, The report). */
export const BUNDLE_FILES = [
  'stress-test-report.md',
  'report.html',
  'report.pdf',
  'audit-log.json',
  'system-metrics.json',
  'health-overview.json',
] as const;

/** One event of audit-log.json, with its payload parsed. */
export interface BundleEvent {
  seq: number;
  kind: string;
  actor: string;
  subject: string;
  severity: number | null;
  payload: Record<string, unknown>;
}

/** An exported results bundle, read back as a reader without Warroom would. */
export interface DayBundle {
  markdown: string;
  html: string;
  events: BundleEvent[];
  /** The events of one kind, optionally narrowed by their payload. */
  eventsOf(kind: string, payload?: Record<string, unknown>): BundleEvent[];
  /** The Markdown under a heading (`## Title` or `### Title`), up to the next heading of its level or above. */
  section(heading: string): string;
}

interface AuditFile {
  format: string;
  events: {
    seq: number;
    kind: string;
    actor: string;
    subject: string;
    severity: number | null;
    payloadText: string;
  }[];
}

export function readDayBundle(dir: string): DayBundle {
  const missing = BUNDLE_FILES.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) throw new Error(`the bundle in ${dir} lacks ${missing.join(', ')}`);
  const audit = JSON.parse(readFileSync(join(dir, 'audit-log.json'), 'utf8')) as AuditFile;
  if (audit.format !== 'warroom-audit-log') throw new Error(`audit-log.json is a ${audit.format}`);
  const events = audit.events.map(({ payloadText, ...event }) => ({
    ...event,
    payload: JSON.parse(payloadText) as Record<string, unknown>,
  }));
  const markdown = readFileSync(join(dir, 'stress-test-report.md'), 'utf8');
  return {
    markdown,
    html: readFileSync(join(dir, 'report.html'), 'utf8'),
    events,
    eventsOf: (kind, payload = {}) =>
      events.filter(
        (event) =>
          event.kind === kind &&
          Object.entries(payload).every(([key, value]) => event.payload[key] === value),
      ),
    section: (heading) => markdownSection(markdown, heading),
  };
}

function markdownSection(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{2,3} /.test(line) && line.replace(/^#+ /, '') === heading);
  if (start < 0) throw new Error(`the report has no section "${heading}"`);
  const level = (lines[start] ?? '').indexOf(' ');
  const end = lines.findIndex(
    (line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level,
  );
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
