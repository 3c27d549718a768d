import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BASH_INTEGRATION_SCRIPT } from './bashIntegrationScript';

/**
 * The integration script where bash's --rcfile can read it: a file only we can read (0600) in a
 * folder of our own (mkdtemp makes it 0700). Written on first use, and again in a new folder if
 * something (a temp cleaner, on a host that runs for weeks) has removed it.
 */
export class BashRcFile {
  private file: string | null = null;

  path(): string {
    if (this.file && existsSync(this.file)) return this.file;
    this.dispose();
    const file = join(mkdtempSync(join(tmpdir(), 'warroom-shell-')), 'bashrc');
    writeFileSync(file, BASH_INTEGRATION_SCRIPT, { mode: 0o600, flag: 'wx' });
    this.file = file;
    return file;
  }

  /** Bash reads the file as it starts, so running shells do not need it any more. */
  dispose(): void {
    if (this.file) rmSync(dirname(this.file), { recursive: true, force: true });
    this.file = null;
  }
}
