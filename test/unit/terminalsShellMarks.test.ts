import { describe, expect, it } from 'vitest';
import { ShellMarkParser, type ShellStreamPart } from '../../electron/host/terminals/shellMarkParser';
import { decodeShellMark, shellMarkIntroducer } from '../../electron/host/terminals/shellMarks';

const NONCE = '0123abcd';
const mark = (body: string, end = '\x07') => `${shellMarkIntroducer(NONCE)}${body}${end}`;

/** Feeds the chunks one by one and joins what comes out, the way a terminal's output would. */
function parse(chunks: string[], parser = new ShellMarkParser(NONCE)): { output: string; marks: string[] } {
  const parts: ShellStreamPart[] = chunks.flatMap((chunk) => parser.take(chunk));
  const rest = parser.end();
  return {
    output: parts.map((part) => ('output' in part ? part.output : '')).join('') + rest,
    marks: parts.flatMap((part) => ('mark' in part ? [part.mark] : [])),
  };
}

describe('shell mark parser', () => {
  const stream = `before${mark('exec;echo hi')}hi\r\n${mark('done;0', '\x1b\\')}after`;

  it('takes marks out of the output and keeps their order', () => {
    const parser = new ShellMarkParser(NONCE);
    expect(parser.take(stream)).toEqual([
      { output: 'before' },
      { mark: 'exec;echo hi' },
      { output: 'hi\r\n' },
      { mark: 'done;0' },
      { output: 'after' },
    ]);
  });

  it('finds a mark cut by a chunk boundary anywhere in it', () => {
    for (let cut = 1; cut < stream.length; cut++) {
      const parsed = parse([stream.slice(0, cut), stream.slice(cut)]);
      expect(parsed, `cut at ${cut}`).toEqual({
        output: 'beforehi\r\nafter',
        marks: ['exec;echo hi', 'done;0'],
      });
    }
  });

  it('finds marks fed one character at a time', () => {
    expect(parse([...stream])).toEqual({ output: 'beforehi\r\nafter', marks: ['exec;echo hi', 'done;0'] });
  });

  it('holds back only a tail that could begin a mark, and gives it back if none follows', () => {
    const parser = new ShellMarkParser(NONCE);
    expect(parser.take('text\x1b]69')).toEqual([{ output: 'text' }]);
    expect(parser.take('[0m')).toEqual([{ output: '\x1b]69[0m' }]);
    expect(parser.take('a lone escape \x1b')).toEqual([{ output: 'a lone escape ' }]);
    expect(parser.end()).toBe('\x1b');
  });

  it('leaves other escape sequences, and marks with another nonce, in the output', () => {
    const foreign = `\x1b]0;title\x07\x1b[31mred\x1b]6973;guessed;done;0\x07\x1b]633;A\x07`;
    expect(parse([foreign])).toEqual({ output: foreign, marks: [] });
  });

  it('holds a mark back up to its cap, then gives up on it and lets it through as output', () => {
    const parser = new ShellMarkParser(NONCE, 64);
    const runaway = `${shellMarkIntroducer(NONCE)}exec;${'x'.repeat(20)}`;
    expect(parser.take(runaway)).toEqual([]);
    expect(parser.take('y'.repeat(50))).toEqual([{ output: runaway + 'y'.repeat(50) }]);
    expect(parse([`\x07${mark('done;0')}`], parser)).toEqual({ output: '\x07', marks: ['done;0'] });
    expect(parse([`${mark(`exec;${'z'.repeat(64)}`)}ok`], parser).marks).toEqual([]);
  });

  it('passes garbage through untouched', () => {
    const garbage = '\x1b\x1b]\x1b]6973\x07;;\x1b\\\x00\xff\u{1f600}]6973;';
    expect(parse([garbage])).toEqual({ output: garbage, marks: [] });
  });
});

describe('shell marks', () => {
  it('reads each kind', () => {
    expect(decodeShellMark('exec;ls -l')).toEqual({ type: 'executed', command: 'ls -l' });
    expect(decodeShellMark('exec')).toEqual({ type: 'executed', command: null });
    expect(decodeShellMark('line;ls')).toEqual({ type: 'commandLine', command: 'ls' });
    expect(decodeShellMark('done;130')).toEqual({ type: 'finished', exitCode: 130 });
    expect(decodeShellMark('cwd;/srv/app')).toEqual({ type: 'cwd', cwd: '/srv/app' });
  });

  it('unescapes backslashes, semicolons and control characters', () => {
    expect(decodeShellMark('exec;a\\x3bb\\\\c\\x1b[31m\\x07\\x0anext\\q')).toEqual({
      type: 'executed',
      command: 'a;b\\c\x1b[31m\x07\nnext\\q',
    });
  });

  it('ignores kinds it does not know and fields that do not fit', () => {
    expect(decodeShellMark('prompt;x')).toBeNull();
    expect(decodeShellMark('done;')).toBeNull();
    expect(decodeShellMark('done;-1')).toBeNull();
    expect(decodeShellMark('cwd')).toBeNull();
  });
});
