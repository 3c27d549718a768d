import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionContext } from '../../electron/host/sessionContext';
import type { CommandFinish, CommandSink, CommandStart } from '../../electron/host/terminals/commandSink';
import {
  TRANSCRIPT_HEAD_CHARS,
  TRANSCRIPT_TAIL_CHARS,
} from '../../electron/host/terminals/commandTranscript';
import { TerminalService } from '../../electron/host/terminals/terminalService';
import type { EventName, EventPayload } from '../../shared/api';

const PROMPT = 'wr$ ';
const WAIT = { timeout: 10_000, interval: 20 };

/** The user's own startup file: a prompt, a PROMPT_COMMAND of theirs, Debian's history settings. */
const USER_BASHRC = `PS1='${PROMPT}'
PROMPT_COMMAND='printf "[status %s]" "$?"'
HISTCONTROL=ignoreboth
`;

interface Recorded {
  start: CommandStart;
  finish?: CommandFinish;
}

interface Shell {
  /** HOME, and the folder the shell starts in. */
  home: string;
  commands: Recorded[];
  type(text: string): void;
  screen(): string;
  prompts(): number;
  exitCode(): number | null;
  close(): void;
  /** Waits until this many commands have finished and returns them. */
  finished(count: number): Promise<Recorded[]>;
}

describe('shell integration', () => {
  const cleanups: Array<() => void> = [];

  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  /** A real bash in a real pty behind a TerminalService, with its own HOME and ~/.bashrc. */
  async function openShell(shellName = 'bash'): Promise<Shell> {
    const home = mkdtempSync(join(tmpdir(), 'warroom-shell-test-'));
    writeFileSync(join(home, '.bashrc'), USER_BASHRC);
    // Named after the shell it starts, which is how the service recognizes bash; sh takes PS1
    // from the environment, bash from ~/.bashrc.
    const shell = join(home, shellName);
    writeFileSync(shell, `#!/bin/sh\nHOME='${home}' PS1='${PROMPT}' exec /bin/${shellName} "$@"\n`, {
      mode: 0o755,
    });
    const commands: Recorded[] = [];
    const sink: CommandSink = {
      commandStarted(start) {
        const recorded: Recorded = { start };
        commands.push(recorded);
        return { finished: (finish) => Object.assign(recorded, { finish }) };
      },
    };
    const service = new TerminalService({ cwd: home, shell, changed: () => {}, commands: sink });
    let screen = '';
    let exitCode: number | null = null;
    const session: SessionContext = {
      connectionId: 1,
      // A viewer does not hold the pty back, so output flows without acknowledgements.
      role: 'viewer',
      clientId: null,
      operator: null,
      sink: {
        send<E extends EventName>(event: E, payload: EventPayload<E>) {
          if (event === 'terminals.data') screen += (payload as EventPayload<'terminals.data'>).data;
          if (event === 'terminals.exit') exitCode = (payload as EventPayload<'terminals.exit'>).exitCode;
        },
      },
    };
    const { id } = service.create(session, { cols: 120, rows: 30 });
    service.attach(session, id);
    cleanups.push(() => {
      service.dispose();
      rmSync(home, { recursive: true, force: true });
    });
    const opened: Shell = {
      home,
      commands,
      type: (text) => service.write(id, text),
      screen: () => screen,
      prompts: () => screen.split(PROMPT).length - 1,
      exitCode: () => exitCode,
      close: () => service.close(id),
      finished: async (count) => {
        await vi.waitFor(() => {
          expect(commands.filter((command) => command.finish).length).toBeGreaterThanOrEqual(count);
        }, WAIT);
        return commands;
      },
    };
    await vi.waitFor(() => expect(opened.prompts()).toBe(1), WAIT);
    return opened;
  }

  it('reports a command with its exit code, output and working directory, and shows no marks', async () => {
    const shell = await openShell();
    shell.type('echo hello\r');
    const [echo] = await shell.finished(1);
    expect(echo?.start).toMatchObject({
      command: 'echo hello',
      cwd: shell.home,
    });
    expect(echo?.finish).toMatchObject({ exitCode: 0, output: 'hello\r\n', truncated: false });
    expect(echo?.finish?.finishedAt).toBeGreaterThanOrEqual(echo?.start.startedAt ?? Number.NaN);
    expect(shell.screen()).not.toContain('\x1b]6973');
  });

  it('reports failures, pipelines and how long a command took', async () => {
    const shell = await openShell();
    shell.type('false\r');
    shell.type('echo abc | tr b x\r');
    shell.type('sleep 0.2; (exit 3)\r');
    const commands = await shell.finished(3);
    expect(commands.map(({ start, finish }) => [start.command, finish?.exitCode, finish?.output])).toEqual([
      ['false', 1, ''],
      ['echo abc | tr b x', 0, 'axc\r\n'],
      ['sleep 0.2; (exit 3)', 3, ''],
    ]);
    const sleeper = commands[2] as Required<Recorded>;
    expect(sleeper.finish.finishedAt - sleeper.start.startedAt).toBeGreaterThanOrEqual(200);
  });

  it('reports a command interrupted with Ctrl+C with its status', async () => {
    const shell = await openShell();
    shell.type('sleep 30\r');
    await vi.waitFor(() => expect(shell.commands).toHaveLength(1), WAIT);
    shell.type('\x03');
    const [sleeper] = await shell.finished(1);
    expect(sleeper?.finish?.exitCode).toBe(130);
  });

  it('does not hand its nonce down to the commands it runs', async () => {
    const shell = await openShell();
    shell.type('env | grep -c WARROOM_SHELL_NONCE\r');
    const [grep] = await shell.finished(1);
    expect(grep?.finish).toMatchObject({ exitCode: 1, output: '0\r\n' });
  });

  it('keeps the user’s prompt and PROMPT_COMMAND, which still sees the command’s status', async () => {
    const shell = await openShell();
    shell.type('false\r');
    await shell.finished(1);
    await vi.waitFor(() => expect(shell.prompts()).toBe(2), WAIT);
    expect(shell.screen()).toContain('[status 1]');
    expect(shell.screen().endsWith(PROMPT)).toBe(true);
  });

  it('reports nothing for an empty line or Ctrl+C at the prompt', async () => {
    const shell = await openShell();
    shell.type('\r');
    await vi.waitFor(() => expect(shell.prompts()).toBe(2), WAIT);
    // Ctrl+C flushes whatever is typed with it, so the next line waits for the prompt.
    shell.type('\x03');
    await vi.waitFor(() => expect(shell.prompts()).toBe(3), WAIT);
    shell.type('echo after\r');
    const commands = await shell.finished(1);
    expect(commands.map((command) => command.start.command)).toEqual(['echo after']);
  });

  it('keeps a command line with ;, a backslash and control characters exactly as typed', async () => {
    const shell = await openShell();
    // Ctrl+V makes readline insert the next character as it is: an escape, a bell.
    shell.type("echo 'a;b\\c\x16\x1b[1mbold\x16\x07'\r");
    const [hostile] = await shell.finished(1);
    expect(hostile?.start.command).toBe("echo 'a;b\\c\x1b[1mbold\x07'");
    expect(hostile?.finish?.output).toBe('a;b\\c\x1b[1mbold\x07\r\n');
  });

  it('is not fooled by output that imitates a mark without the terminal’s nonce', async () => {
    const shell = await openShell();
    shell.type("printf '\\033]6973;guess;done;7\\007'; echo real\r");
    const [printer] = await shell.finished(1);
    expect(printer?.finish).toMatchObject({ exitCode: 0, output: '\x1b]6973;guess;done;7\x07real\r\n' });
  });

  it('names lines kept out of history (a leading space, a repeat) by their first command', async () => {
    const shell = await openShell();
    shell.type(' echo hidden\r');
    shell.type('echo twice; echo more\r');
    shell.type('echo twice; echo more\r');
    const commands = await shell.finished(3);
    expect(commands.map((command) => command.start.command)).toEqual([
      'echo hidden',
      'echo twice; echo more',
      'echo twice',
    ]);
  });

  it('reports each command of a pasted block', async () => {
    const shell = await openShell();
    shell.type('\x1b[200~false\necho pasted\x1b[201~\r');
    const commands = await shell.finished(2);
    expect(commands.map(({ start, finish }) => [start.command, finish?.exitCode, finish?.output])).toEqual([
      ['false', 1, ''],
      ['echo pasted', 0, 'pasted\r\n'],
    ]);
  });

  it('follows the working directory from one command to the next', async () => {
    const shell = await openShell();
    shell.type('cd /tmp\r');
    shell.type('pwd\r');
    const [cd, pwd] = await shell.finished(2);
    expect(cd?.start.cwd).toBe(shell.home);
    expect(pwd?.start.cwd).toBe('/tmp');
  });

  it('keeps the head and tail of output past the cap, and flags it', async () => {
    const shell = await openShell();
    shell.type("head -c 300000 /dev/zero | tr '\\0' x; echo; echo END\r");
    const [flood] = await shell.finished(1);
    const output = flood?.finish?.output ?? '';
    expect(flood?.finish?.truncated).toBe(true);
    expect(output.length).toBeLessThan(TRANSCRIPT_HEAD_CHARS + TRANSCRIPT_TAIL_CHARS + 100);
    expect(output).toMatch(/^x{1000}/);
    expect(output).toMatch(/\[Warroom left out \d+ characters of this output here\]/);
    expect(output.endsWith('x\r\nEND\r\n')).toBe(true);
  });

  it('ends a command without an exit code when its terminal closes mid-command', async () => {
    const shell = await openShell();
    shell.type('sleep 30\r');
    await vi.waitFor(() => expect(shell.commands).toHaveLength(1), WAIT);
    shell.close();
    const [sleeper] = await shell.finished(1);
    expect(sleeper?.finish?.exitCode).toBeNull();
  });

  it('ends `exit` without an exit code, while the terminal reports the shell’s', async () => {
    const shell = await openShell();
    shell.type('exit 3\r');
    const [exit] = await shell.finished(1);
    expect(exit?.start.command).toBe('exit 3');
    expect(exit?.finish?.exitCode).toBeNull();
    await vi.waitFor(() => expect(shell.exitCode()).toBe(3), WAIT);
  });

  it('still delivers every byte of output that ends with the shell', async () => {
    const shell = await openShell();
    // \132 is Z, so the echoed command line holds none.
    shell.type("head -c 200000 /dev/zero | tr '\\0' '\\132'; exit\r");
    await vi.waitFor(() => expect(shell.exitCode()).toBe(0), WAIT);
    expect(shell.screen().split('Z').length - 1).toBe(200_000);
    const [flood] = await shell.finished(1);
    expect(flood?.finish?.exitCode).toBeNull();
  });

  it('leaves shells other than bash as they are, and reports nothing from them', async () => {
    const shell = await openShell('sh');
    shell.type('echo plain\r');
    await vi.waitFor(() => expect(shell.screen()).toMatch(/plain\r\n/), WAIT);
    shell.type('exit\r');
    await vi.waitFor(() => expect(shell.exitCode()).toBe(0), WAIT);
    expect(shell.commands).toEqual([]);
  });
});
