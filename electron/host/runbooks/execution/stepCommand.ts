import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandStep } from '../../../../shared/runbookTypes';
import { plainTerminalText } from '../../journal/ansiText';
import { CommandTranscript } from '../../terminals/commandTranscript';
import type { StepProcess, StepProcessRequest } from '../../terminals/terminalService';
import { MAX_STEP_OUTPUT_VARIABLE_CHARS, OUTPUT_TAIL_LINES } from './runConstants';
import { stepInvocation } from './stepShell';

/** Starts a step's pty; the terminal service in the host, the same in tests. */
export type SpawnStep = (request: StepProcessRequest) => StepProcess;

export interface StepCommandRequest {
  step: CommandStep;
  /** The script with its variables substituted. */
  script: string;
  cwd: string;
  env: Record<string, string>;
  /** Keep the step's standard output, for the variable later steps read. */
  captureStdout: boolean;
  /** New output arrived; read it with outputTail() (the caller throttles). */
  progress(): void;
}

export interface StepCommandResult {
  exitCode: number | null;
  signal: number | null;
  timedOut: boolean;
  /** What the terminal showed, capped as transcripts are. */
  output: string;
  truncated: boolean;
  outputTail: string;
  /** The standard output, ANSI removed and trailing newlines trimmed; null unless captured. */
  stdout: string | null;
  startedAt: number;
  finishedAt: number;
}

/** One command step in its own pty: output kept, `timeout` enforced on its whole session. */
export class StepCommand {
  readonly done: Promise<StepCommandResult>;
  private readonly process: StepProcess;
  private timedOut = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly tail = new OutputTail();

  constructor(spawn: SpawnStep, request: StepCommandRequest, now: () => number = Date.now) {
    const transcript = new CommandTranscript();
    const tail = this.tail;
    const stdoutDir = request.captureStdout ? mkdtempSync(join(tmpdir(), 'warroom-step-')) : null;
    const stdoutFile = stdoutDir ? join(stdoutDir, 'stdout') : null;
    const invocation = stepInvocation(request.step, request.script, stdoutFile);
    const startedAt = now();
    let finish: (result: StepCommandResult) => void = () => undefined;
    this.done = new Promise((resolve) => {
      finish = resolve;
    });
    this.process = spawnOrClean(spawn, stdoutDir, {
      title: request.step.title,
      file: invocation.file,
      args: invocation.args,
      cwd: request.cwd,
      env: request.env,
      output: (data) => {
        transcript.append(data);
        tail.append(data);
        request.progress();
      },
      exit: (exitCode, signal) => {
        clearTimeout(this.timer);
        finish({
          exitCode: signal ? null : exitCode,
          signal,
          timedOut: this.timedOut,
          output: transcript.text(),
          truncated: transcript.truncated,
          outputTail: tail.text(),
          stdout: stdoutDir && stdoutFile ? readCaptured(stdoutDir, stdoutFile) : null,
          startedAt,
          finishedAt: now(),
        });
      },
    });
    if (request.step.timeoutMs !== null) {
      this.timer = setTimeout(() => {
        this.timedOut = true;
        this.process.kill();
      }, request.step.timeoutMs);
    }
  }

  get terminalId(): string {
    return this.process.info.id;
  }

  /** The last lines of output as plain text, for the inline view. */
  outputTail(): string {
    return this.tail.text();
  }

  /** The run was stopped: the step's session is hung up, then killed. */
  stop(): void {
    clearTimeout(this.timer);
    this.process.kill();
  }
}

/** Starts the pty; if it cannot start, the capture folder made for it goes too. */
function spawnOrClean(spawn: SpawnStep, stdoutDir: string | null, request: StepProcessRequest): StepProcess {
  try {
    return spawn(request);
  } catch (error) {
    if (stdoutDir) rmSync(stdoutDir, { recursive: true, force: true });
    throw error;
  }
}

function readCaptured(dir: string, file: string): string {
  try {
    const text = plainTerminalText(readFileSync(file, 'utf8').slice(0, MAX_STEP_OUTPUT_VARIABLE_CHARS));
    return text.replace(/\n+$/, '');
  } catch {
    return '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The last lines of the output as plain text; the raw text is trimmed as it grows. */
class OutputTail {
  private raw = '';

  append(data: string): void {
    this.raw += data;
    // Plenty for OUTPUT_TAIL_LINES lines of a wide terminal, ANSI codes included.
    if (this.raw.length > 64 * 1024) this.raw = this.raw.slice(-32 * 1024);
  }

  text(): string {
    const lines = plainTerminalText(this.raw).replace(/\n+$/, '').split('\n');
    return lines.slice(-OUTPUT_TAIL_LINES).join('\n');
  }
}
