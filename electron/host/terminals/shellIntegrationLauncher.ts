import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { BashRcFile } from './bashRcFile';
import type { CommandSink } from './commandSink';
import { ShellIntegration } from './shellIntegration';
import { SHELL_MARK_NONCE_VARIABLE } from './shellMarks';

/** Random bytes in a terminal's nonce: beyond guessing for a program that merely prints text. */
const NONCE_BYTES = 16;

/** What a terminal's shell is started with so that it reports its commands. */
export interface IntegratedShellLaunch {
  args: string[];
  env: Record<string, string>;
  integration: ShellIntegration;
}

/**
 * Starts shells with Warroom's integration where there is one: bash. Other shells (sh, zsh,
 * fish, …) start as they are and report nothing: no command events, no transcripts.
 */
export class ShellIntegrationLauncher {
  private readonly rcFile = new BashRcFile();

  constructor(private readonly sink: CommandSink) {}

  /** Null for a shell without integration. */
  launch(shell: string, terminalId: string): IntegratedShellLaunch | null {
    if (basename(shell) !== 'bash') return null;
    const nonce = randomBytes(NONCE_BYTES).toString('hex');
    return {
      args: ['--rcfile', this.rcFile.path()],
      env: { [SHELL_MARK_NONCE_VARIABLE]: nonce },
      integration: new ShellIntegration(nonce, terminalId, this.sink),
    };
  }

  dispose(): void {
    this.rcFile.dispose();
  }
}
