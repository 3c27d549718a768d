import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A folder holding a `warroom` command for runbook steps' PATH: it runs this package's CLI with
 * the runtime running now (Node in serve mode; Electron as Node in the desktop app, whose native
 * modules are built for it), so a drill's `warroom sandbox fault crash` works wherever the console does.
 */
export function warroomShim(cliScript: string): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-bin-'));
  const command = join(dir, 'warroom');
  writeFileSync(
    command,
    `#!/bin/sh\nELECTRON_RUN_AS_NODE=1 exec ${shellWord(process.execPath)} ${shellWord(cliScript)} "$@"\n`,
  );
  chmodSync(command, 0o755);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function shellWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
