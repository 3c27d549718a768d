import { closeSync, constants, openSync } from 'node:fs';
import * as pty from 'node-pty';

/** The same size as the end-to-end flood terminal, so the pty behaves the same. */
const PTY_SIZE = { cols: 120, rows: 40 };

/** Far beyond the ~3 s the flood takes here; a hung pty must not hang the bench. */
const NODE_PTY_TIMEOUT_MS = 60_000;

export interface NodePtyBaseline {
  /** Exactly what node-pty delivered, in order. */
  output: string;
  /** From spawn to the last chunk of output. */
  ms: number;
}

/**
 * Runs a command under `/bin/sh -c` in a pty and reads all of it in Node, nothing else: the
 * ceiling for any terminal built on node-pty on this machine.
 */
export function readThroughNodePty(command: string): Promise<NodePtyBaseline> {
  return new Promise((resolve, reject) => {
    const chunks: string[] = [];
    const startedAt = performance.now();
    let lastChunkAt = startedAt;
    const child = pty.spawn('/bin/sh', ['-c', command], {
      name: 'xterm-256color',
      ...PTY_SIZE,
      cwd: process.cwd(),
      env: { ...process.env, TERM: 'xterm-256color' } as Record<string, string>,
    });
    const heldSlave = holdSlaveOpen(child);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`node-pty baseline did not finish within ${NODE_PTY_TIMEOUT_MS} ms`));
    }, NODE_PTY_TIMEOUT_MS);
    child.onData((data) => {
      chunks.push(data);
      lastChunkAt = performance.now();
    });
    child.onExit(({ exitCode }) => {
      clearTimeout(timer);
      if (heldSlave !== null) closeSync(heldSlave);
      if (exitCode !== 0) reject(new Error(`node-pty baseline: \`${command}\` exited with ${exitCode}`));
      else resolve({ output: chunks.join(''), ms: lastChunkAt - startedAt });
    });
  });
}

/**
 * Keeps a descriptor on the pty's slave side until the exit, as the host's PtyTerminal does:
 * without it node-pty can drop the last few KB when the child exits (node-pty #72), and the
 * baseline's byte count would be short.
 */
function holdSlaveOpen(child: pty.IPty): number | null {
  const slavePath = (child as unknown as { ptsName?: string }).ptsName;
  if (!slavePath) return null;
  return openSync(slavePath, constants.O_RDWR | constants.O_NOCTTY);
}
