import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type K6OutputLine, parseK6OutputLine } from '../../../electron/host/k6/output/k6OutputLine';
import { K6OutputPointScanner } from '../../../electron/host/k6/output/k6OutputPointScanner';
import { K6OutputTally } from '../../../electron/host/k6/output/k6OutputTally';
import { k6OutputText } from '../../support/k6OutputGenerator';
import { K6_SAMPLES } from '../../support/k6Samples';
import { seededRandom } from '../../support/seededRandom';

const SAMPLE = join(K6_SAMPLES, 'k6-out-json-unit-expected.ndjson');

/** What the general parser alone makes of a whole text: the reference the fast path must match. */
function viaGeneralParser(text: string): K6OutputLine[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines
    .map((line, i) => parseK6OutputLine(line.endsWith('\r') ? line.slice(0, -1) : line, i + 1))
    .filter((line): line is K6OutputLine => line !== null);
}

/** What the tally (fast path first, general parser for the rest) makes of the bytes, pushed in the given cuts. */
function viaTally(bytes: Buffer, cuts: number[] = []): { lines: K6OutputLine[]; tally: K6OutputTally } {
  const lines: K6OutputLine[] = [];
  const tally = new K6OutputTally((line) => lines.push(line));
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    tally.push(bytes.subarray(from, cut));
    from = cut;
  }
  tally.end();
  return { lines, tally };
}

function scanLine(scanner: K6OutputPointScanner, text: string) {
  const bytes = Buffer.from(text);
  return scanner.scan(bytes, 0, bytes.length);
}

const POINT = {
  type: 'Point',
  metric: 'http_req_duration',
  data: { time: '2026-03-14T11:00:00.123456789+02:00', value: 12.5, tags: { status: '200', name: 'home' } },
};
const withData = (data: Record<string, unknown>) =>
  JSON.stringify({ ...POINT, data: { ...POINT.data, ...data } });

describe('the Point fast path against the general parser', () => {
  it('takes every Point line of the real k6 sample, metadata included, with the same result', () => {
    const scanner = new K6OutputPointScanner();
    const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
    const taken = lines.map((line) => scanLine(scanner, line));
    expect(taken.filter((point) => point !== null)).toHaveLength(5);
    lines.forEach((line, i) => {
      const general = parseK6OutputLine(line, i + 1);
      if (general?.kind === 'point') expect(taken[i]).toEqual(general.point);
      else expect(taken[i]).toBeNull();
    });
  });

  it('takes every generated Point line, whatever its key order, with the same metric, time, value and tags', () => {
    for (const seed of [1, 7, 42]) {
      const scanner = new K6OutputPointScanner();
      const { text, expected } = k6OutputText(seed, 10_000);
      const lines = text.trimEnd().split('\n');
      const general = lines.map((line, i) => {
        const parsed = parseK6OutputLine(line, i + 1);
        return parsed?.kind === 'point' ? parsed.point : null;
      });
      const fast = lines.map((line) => scanLine(scanner, line));
      expect(fast).toEqual(general);
      expect(fast.filter((point) => point !== null)).toHaveLength(
        expected.filter((line) => line.kind === 'point').length,
      );
    }
  });

  it('gives the same tags whichever order a tag set is written in', () => {
    const scanner = new K6OutputPointScanner();
    const first = scanLine(scanner, withData({ tags: { status: '200', name: 'home', method: 'GET' } }));
    const second = scanLine(scanner, withData({ tags: { method: 'GET', status: '200', name: 'home' } }));
    const other = scanLine(scanner, withData({ tags: { method: 'GET', status: '503', name: 'home' } }));
    expect(first?.tags).toEqual({ status: '200', name: 'home', method: 'GET' });
    expect(second?.tags).toEqual(first?.tags);
    expect(other?.tags).toEqual({ status: '503', name: 'home', method: 'GET' });
  });

  it.each([
    ['an escaped quote in a tag', withData({ tags: { name: 'say "hi"' } })],
    ['a \\u escape in the metric', JSON.stringify({ ...POINT, metric: 'h\u0001' })],
    ['a non-ASCII tag', withData({ tags: { check: 'home is 200 ✓', é: 'ü' } })],
    ['a raw control character in a tag', withData({ tags: { name: 'aXb' } }).replace('aXb', 'a\u0001b')],
    ['a raw tab in the metric', JSON.stringify({ ...POINT, metric: 'hXd' }).replace('hXd', 'h\td')],
    ['a backslash in a known tag', withData({ tags: { status: '200', name: 'ho\\me' } })],
    ['spaces between tokens', JSON.stringify(POINT, null, 1).replaceAll('\n', '')],
    ['a key twice, the last one wins', withData({ tags: { a: '1' } }).replace('"a":"1"', '"a":"1","a":"2"')],
    ['a __proto__ tag', withData({ tags: JSON.parse('{"__proto__":"x","b":"y"}') })],
    ['an unknown key', JSON.stringify({ ...POINT, extra: [1, { a: 2 }] })],
    ['nested metadata', withData({ metadata: { trace: { id: 1 } } })],
    ['null metadata and tags', withData({ metadata: null, tags: null })],
    ['empty tags', withData({ tags: {} })],
    ['no tags', JSON.stringify({ ...POINT, data: { time: POINT.data.time, value: 1 } })],
    ['a number tag', withData({ tags: { status: 200 } })],
    ['a string value', withData({ value: '12.5' })],
    [
      'a Metric line',
      '{"type":"Metric","metric":"m","data":{"name":"m","type":"rate","contains":"default"}}',
    ],
    ['a Point of another type', JSON.stringify({ ...POINT, type: 'Sample' })],
    ['a truncated line', withData({}).slice(0, 60)],
    ['trailing text', `${withData({})}x`],
    ['a trailing space', `${withData({})} `],
    ['an empty object', '{}'],
    ['a blank line', '   '],
  ])('agrees on %s', (_, line) => {
    const { lines } = viaTally(Buffer.from(`${line}\n`));
    expect(lines).toEqual(viaGeneralParser(line));
  });

  const valueLine = (value: string) => withData({}).replace('"value":12.5', `"value":${value}`);
  it.each([
    '0',
    '-0',
    '1',
    '12.5',
    '283.78017',
    '0.000001',
    '-12.000001',
    '123456789012345',
    '1234567890123456789',
    '0.30000000000000004',
    '1e-7',
    '2.5E+3',
    '1e400',
  ])('takes the value %s, to the same double as JSON.parse', (value) => {
    const line = valueLine(value);
    expect(scanLine(new K6OutputPointScanner(), line)?.value).toBe(JSON.parse(value));
    expect(viaTally(Buffer.from(`${line}\n`)).lines).toEqual(viaGeneralParser(line));
  });

  it.each(['01', '1.', '.5', '-', '1e', '+1', 'true', 'null'])('agrees on the value %s', (value) => {
    const line = valueLine(value);
    expect(viaTally(Buffer.from(`${line}\n`)).lines).toEqual(viaGeneralParser(line));
  });

  it.each([
    '2026-03-14T09:00:00Z',
    '2026-03-14t09:00:00.5z',
    '2024-02-29T23:59:60.999999999-05:30',
    '2023-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-14T24:00:00Z',
    '2026-03-14T09:60:00Z',
    '2026-03-14T09:00:61Z',
    '0000-01-01T00:00:00+14:00',
    '1969-12-31T23:59:59.000000001Z',
    '9999-12-31T23:59:59.999999999-23:59',
    '2026-03-14T09:00:00.1234567891Z',
    '2026-03-14T09:00:00.Z',
    '2026-03-14T09:00:00+24:00',
    '2026-03-14T09:00:00+02:60',
    '2026-03-14T09:00:00+0200',
    '2026-03-14 09:00:00Z',
    '2026-03-14T09:00:00',
    '2026-3-14T09:00:00Z',
  ])('agrees on the time %s', (time) => {
    const line = withData({ time });
    const { lines } = viaTally(Buffer.from(`${line}\n`));
    expect(lines).toEqual(viaGeneralParser(line));
  });
});

describe('K6OutputTally with the fast path', () => {
  it('agrees with the general parser on damaged generated output, line numbers of malformed lines included', () => {
    const random = seededRandom(99);
    const { text } = k6OutputText(5, 4000);
    const damaged = text
      .trimEnd()
      .split('\n')
      .map((line) => {
        const roll = random();
        const at = Math.floor(random() * line.length);
        if (roll < 0.03) return line.slice(0, at);
        if (roll < 0.06)
          return `${line.slice(0, at)}${'"\\ x{}:,0-.e\u0001é'[Math.floor(random() * 13)]}${line.slice(at + 1)}`;
        if (roll < 0.08) return `${line.slice(0, at)} ${line.slice(at)}`;
        if (roll < 0.09) return '';
        if (roll < 0.1) return `${line}\r`;
        return line;
      })
      .join('\n');
    const { lines, tally } = viaTally(Buffer.from(damaged));
    const expected = viaGeneralParser(damaged);
    expect(lines).toEqual(expected);
    const malformed = expected.filter((line) => line.kind === 'malformed');
    expect(malformed.length).toBeGreaterThan(100);
    expect(tally.counts.malformed).toBe(malformed.length);
    expect(tally.counts.firstMalformed.map((line) => line.lineNumber)).toEqual(
      malformed.slice(0, 10).map((line) => line.kind === 'malformed' && line.lineNumber),
    );
  });

  it('reads the same whatever the chunks are cut at, inside UTF-8 characters and CRLF pairs included', () => {
    const random = seededRandom(3);
    const { text } = k6OutputText(8, 600);
    const bytes = Buffer.from(
      `${text.replaceAll('\n', '\r\n')}{"type":"Point","metric":"vus","data":{"time":"2026`,
    );
    const whole = viaTally(bytes).lines;
    expect(whole.filter((line) => line.kind === 'point')).toHaveLength(
      viaGeneralParser(text).filter((line) => line.kind === 'point').length,
    );
    expect(whole[whole.length - 1]).toMatchObject({ kind: 'malformed' });
    expect(text).toContain('✓');
    for (let attempt = 0; attempt < 20; attempt++) {
      const cuts = Array.from({ length: 50 }, () => Math.floor(random() * bytes.length)).sort(
        (a, b) => a - b,
      );
      expect(viaTally(bytes, cuts).lines).toEqual(whole);
    }
    const everyByte = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1).filter((i) => i % 7 === 0);
    expect(viaTally(bytes, everyByte).lines).toEqual(whole);
  });
});
