import { describe, expect, it } from 'vitest';
import { LineSplitter, MAX_LINE_BYTES } from '../../../electron/host/k6/output/lineSplitter';

function collector() {
  const lines: [number, string][] = [];
  const overlong: number[] = [];
  const splitter = new LineSplitter({
    onLine: (bytes, start, end, n) => lines.push([n, bytes.toString('utf8', start, end)]),
    onOverlong: (n) => overlong.push(n),
  });
  return { splitter, lines, overlong };
}

describe('LineSplitter', () => {
  it('holds a partial line until its newline comes', () => {
    const { splitter, lines } = collector();
    splitter.push('{"a":');
    expect(lines).toEqual([]);
    splitter.push('1}\n{"b"');
    expect(lines).toEqual([[1, '{"a":1}']]);
    splitter.push(':2}\n\n');
    expect(lines).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
      [3, ''],
    ]);
  });

  it('gives an unterminated last line on end, and nothing more when there is none', () => {
    const { splitter, lines } = collector();
    splitter.push('one\ntwo');
    splitter.end();
    expect(lines).toEqual([
      [1, 'one'],
      [2, 'two'],
    ]);
    const other = collector();
    other.splitter.push('one\n');
    other.splitter.end();
    expect(other.lines).toEqual([[1, 'one']]);
  });

  it('strips the carriage return of CRLF lines', () => {
    const { splitter, lines } = collector();
    splitter.push('a\r\nb\r\n');
    expect(lines).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });

  it('decodes UTF-8 characters cut across Buffer chunks, at every cut position', () => {
    const text = 'é€😀\n{"name":"café ☕"}\n';
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      for (let cut2 = cut; cut2 <= bytes.length; cut2 += 3) {
        const { splitter, lines } = collector();
        splitter.push(bytes.subarray(0, cut));
        splitter.push(bytes.subarray(cut, cut2));
        splitter.push(bytes.subarray(cut2));
        splitter.end();
        expect(lines).toEqual([
          [1, 'é€😀'],
          [2, '{"name":"café ☕"}'],
        ]);
      }
    }
  });

  it('drops an overlong line, reports its number and carries on', () => {
    const { splitter, lines, overlong } = collector();
    const chunk = 'x'.repeat(MAX_LINE_BYTES / 4);
    splitter.push('first\n');
    for (let i = 0; i < 6; i++) splitter.push(chunk);
    splitter.push('tail\nafter\n');
    expect(overlong).toEqual([2]);
    expect(lines).toEqual([
      [1, 'first'],
      [3, 'after'],
    ]);
    expect(splitter.lineCount).toBe(3);
  });
});
