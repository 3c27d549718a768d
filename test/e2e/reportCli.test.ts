import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { healthyDay, type RecordedDay } from '../support/recordedDay';
import { runCli } from './support/serveProcess';

/** A workspace naming one secret, whose value the CLI reads from the environment variable of that name. */
const WARROOM_YAML = `environments:
  staging:
    secrets: [DB_PASSWORD]
signoff:
  - name: Checkout owner agrees
`;

const PLANTED_SECRET = 'planted-db-secret-42';
const PLANTED_BEARER = 'eyPlantedBearer.0123456789abcdef';

/** The bundle's files, as the README promises them. */
const BUNDLE = [
  'stress-test-report.md',
  'report.html',
  'report.pdf',
  'audit-log.json',
  'system-metrics.json',
  'health-overview.json',
];

interface AuditEvent {
  seq: number;
  dayId: number;
  time: number;
  kind: string;
  actor: string;
  subject: string;
  severity: number | null;
  payloadText: string;
  prevHash: string;
  hash: string;
  redacted?: true;
}

/**
 * The audit log's hash chain re-checked from the file alone, by the rule the file states, with
 * nothing of Warroom's code: the problems found, by seq.
 */
function recheckChain(events: readonly AuditEvent[]): string[] {
  const problems: string[] = [];
  const field = (text: string) => `${text.length}:${text}|`;
  events.forEach((event, index) => {
    const before = events[index - 1];
    if (before && event.seq !== before.seq + 1) problems.push(`#${event.seq}: follows #${before.seq}`);
    if (before && event.prevHash !== before.hash) problems.push(`#${event.seq}: link broken`);
    const canonical = `${event.seq}|${event.dayId}|${event.time}|${event.severity ?? '-'}|${field(event.kind)}${field(event.actor)}${field(event.subject)}${field(event.payloadText)}${event.prevHash}`;
    const hash = createHash('sha256').update(canonical, 'utf8').digest('hex');
    if (hash !== event.hash && !event.redacted) problems.push(`#${event.seq}: hash does not match`);
  });
  return problems;
}

describe('warroom report', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'warroom-report-ws-'));
  writeFileSync(join(workspace, 'warroom.yaml'), WARROOM_YAML);
  const out = mkdtempSync(join(tmpdir(), 'warroom-report-out-'));
  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });
  let day: RecordedDay;
  afterEach(() => day.dispose());

  const report = (args: string[]) =>
    runCli(['report', ...args, '--workspace', workspace, '--journal', day.scratch.path], {
      DB_PASSWORD: PLANTED_SECRET,
    });

  it('writes the bundle with every format, a planted secret and bearer token in none of them', async () => {
    day = await healthyDay();
    await day.at(710_000).note(`Rotated the database password to ${PLANTED_SECRET} before the run`);
    await day
      .at(720_000)
      .command(`curl -H "Authorization: Bearer ${PLANTED_BEARER}" http://127.0.0.1:8080/orders`, 0, 300);
    await day.at(730_000).issue(`Connection pool logs ${PLANTED_SECRET} on reconnect`, 3);
    const bundle = join(out, 'bundle');

    const { code, output } = await report(['--format', 'bundle', '--out', bundle]);

    expect(output).toContain('warroom report: reading the journal');
    expect(output).toContain('warroom report: printing the PDF');
    expect(output).toContain('warroom report: wrote 6 files');
    expect(output).toMatch(
      /: NO-GO, \d+ of \d+ criteria did not pass: .*Checkout owner agrees \(needs-judgement\)/,
    );
    expect(code).toBe(0);
    for (const name of BUNDLE) expect(existsSync(join(bundle, name)), name).toBe(true);
    for (const name of BUNDLE.filter((one) => !one.endsWith('.pdf'))) {
      const text = readFileSync(join(bundle, name), 'utf8');
      expect(text, name).not.toContain(PLANTED_SECRET);
      expect(text, name).not.toContain(PLANTED_BEARER);
    }
    for (const name of ['stress-test-report.md', 'report.html', 'audit-log.json']) {
      // Markdown escapes the brackets and the underscore outside code.
      const text = readFileSync(join(bundle, name), 'utf8').replaceAll('\\', '');
      expect(text, name).toContain('[secret DB_PASSWORD]');
      expect(text, name).toContain('Bearer [redacted token]');
    }
    // The PDF's text as a reader's viewer extracts it (poppler's pdftotext, installed by test-all.sh).
    // Table cells wrap, so words are compared with any run of white space as one, and the planted
    // values with none at all (a value may wrap where it has a dash).
    const pdfText = execFileSync('pdftotext', [join(bundle, 'report.pdf'), '-'], { encoding: 'utf8' });
    const words = pdfText.replace(/\s+/g, ' ');
    expect(words).toContain('Peak load rehearsal');
    expect(words).toContain('[secret DB_PASSWORD]');
    expect(words).toContain('Bearer [redacted token]');
    const letters = pdfText.replace(/\s+/g, '');
    expect(letters).not.toContain(PLANTED_SECRET);
    expect(letters).not.toContain(PLANTED_BEARER);
  });

  it('writes an audit log whose hash chain an independent re-check confirms, and which catches an edit', async () => {
    day = await healthyDay();
    await day.at(710_000).note(`Rotated the database password to ${PLANTED_SECRET}`);
    const bundle = join(out, 'audit');
    expect((await report(['--format', 'bundle', '--out', bundle])).code).toBe(0);
    const log = JSON.parse(readFileSync(join(bundle, 'audit-log.json'), 'utf8')) as {
      hashRule: string;
      journalCheck: { problem: string | null };
      redactedEvents: number[];
      events: AuditEvent[];
    };

    expect(log.events.length).toBe(day.exported().events.length);
    expect(log.events[0]?.prevHash).toBe('0'.repeat(64));
    expect(log.journalCheck.problem).toBeNull();
    expect(log.hashRule).toContain('sha256');
    expect(recheckChain(log.events)).toEqual([]);
    // Only the note held the secret: it alone is redacted, and its link still holds.
    const note = log.events.find((event) => event.kind === 'note');
    expect(log.redactedEvents).toEqual([note?.seq]);
    expect(note?.subject).toContain('[secret DB_PASSWORD]');

    const edited = log.events.map((event) =>
      event.kind === 'decision' || event.kind === 'alert.firing'
        ? { ...event, subject: 'nothing happened' }
        : event,
    );
    const firstEdited = edited.find((event) => event.subject === 'nothing happened');
    expect(recheckChain(edited)).toEqual([`#${firstEdited?.seq}: hash does not match`]);
  });

  it('writes one format where --out says, and refuses an unknown format', async () => {
    day = await healthyDay();
    const file = join(out, 'day.md');
    const written = await report(['--format', 'md', '--out', file]);
    expect(written.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Peak load rehearsal');
    expect(written.output.trim().split('\n')).toContain(file);

    const refused = await report(['--format', 'docx']);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('--format must be one of md, html, pdf, bundle (got "docx")');
  });
});
