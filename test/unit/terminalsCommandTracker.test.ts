import { describe, expect, it } from 'vitest';
import type { CommandFinish, CommandSink, CommandStart } from '../../electron/host/terminals/commandSink';
import { CommandTracker } from '../../electron/host/terminals/commandTracker';
import { CommandTranscript } from '../../electron/host/terminals/commandTranscript';

interface Recorded {
  start: CommandStart;
  finish?: CommandFinish;
}

function recordingSink(): CommandSink & { commands: Recorded[] } {
  const commands: Recorded[] = [];
  return {
    commands,
    commandStarted(start) {
      const recorded: Recorded = { start };
      commands.push(recorded);
      return { finished: (finish) => Object.assign(recorded, { finish }) };
    },
  };
}

function tracker() {
  const sink = recordingSink();
  let clock = 1_000;
  const tracked = new CommandTracker('t1', sink, () => clock);
  return { sink, tracked, advance: (ms: number) => (clock += ms) };
}

describe('command tracker', () => {
  it('reports a command from start to finish with its output, in the directory it began in', () => {
    const { sink, tracked, advance } = tracker();
    tracked.mark({ type: 'cwd', cwd: '/srv' });
    tracked.output('prompt$ ');
    tracked.mark({ type: 'executed', command: 'make' });
    tracked.output('building\r\n');
    advance(250);
    tracked.mark({ type: 'cwd', cwd: '/elsewhere' });
    tracked.mark({ type: 'finished', exitCode: 2 });
    tracked.output('prompt$ ');
    expect(sink.commands).toEqual([
      {
        start: { terminalId: 't1', command: 'make', cwd: '/srv', startedAt: 1_000 },
        finish: {
          terminalId: 't1',
          finishedAt: 1_250,
          exitCode: 2,
          output: 'building\r\n',
          truncated: false,
        },
      },
    ]);
  });

  it('ignores a finish with no command running: an empty line, Ctrl+C at the prompt', () => {
    const { sink, tracked } = tracker();
    tracked.mark({ type: 'finished', exitCode: 130 });
    tracked.mark({ type: 'commandLine', command: 'stray' });
    expect(sink.commands).toEqual([]);
  });

  it('names a line missing from history by the text that follows, or leaves it unnamed', () => {
    const { sink, tracked } = tracker();
    tracked.mark({ type: 'executed', command: null });
    expect(sink.commands).toEqual([]);
    tracked.mark({ type: 'commandLine', command: 'echo again' });
    tracked.mark({ type: 'commandLine', command: 'echo later' });
    tracked.mark({ type: 'finished', exitCode: 0 });
    tracked.mark({ type: 'executed', command: null });
    tracked.output('from a subshell\r\n');
    tracked.mark({ type: 'finished', exitCode: 0 });
    expect(sink.commands.map(({ start, finish }) => [start.command, finish?.output])).toEqual([
      ['echo again', ''],
      ['', 'from a subshell\r\n'],
    ]);
  });

  it('ends a command without an exit code when the next begins unannounced or the terminal ends', () => {
    const { sink, tracked } = tracker();
    tracked.mark({ type: 'executed', command: 'first' });
    tracked.mark({ type: 'executed', command: 'second' });
    tracked.output('partial');
    tracked.terminalEnded();
    tracked.terminalEnded();
    expect(
      sink.commands.map(({ start, finish }) => [start.command, finish?.exitCode, finish?.output]),
    ).toEqual([
      ['first', null, ''],
      ['second', null, 'partial'],
    ]);
  });
});

describe('command transcript', () => {
  it('keeps everything up to the cap', () => {
    const transcript = new CommandTranscript(4, 6);
    for (const chunk of ['ab', 'cdef', 'ghij']) transcript.append(chunk);
    expect([transcript.text(), transcript.truncated]).toEqual(['abcdefghij', false]);
  });

  it('past the cap, keeps the head and the tail and says how much is left out', () => {
    const transcript = new CommandTranscript(4, 6);
    for (const chunk of ['ab', 'cdef', 'ghij', 'klmnop', 'q']) transcript.append(chunk);
    expect(transcript.truncated).toBe(true);
    expect(transcript.text()).toBe('abcd\r\n[Warroom left out 7 characters of this output here]\r\nlmnopq');
  });
});
