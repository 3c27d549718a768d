import type { Terminal } from '@xterm/xterm';
import type { XtermDirectOptions, XtermDirectResult } from '../pageContract';
import { FLOOD_SCREEN_SIZE, openBenchScreen } from './benchScreen';
import { withTimeout } from './withTimeout';

/** The chunk size of each write: the host's largest batch, so both paths feed xterm alike. */
const WRITE_CHUNK_CHARS = 64 * 1024;

/**
 * Chunks in flight at once: xterm's queue never runs dry between callbacks, so this measures
 * xterm at full speed, while staying far below its 50 MB discard limit.
 */
const WRITES_IN_FLIGHT = 4;

/** Written once into a throwaway screen first, so neither measured run pays for a cold JIT. */
const WARM_UP_CHARS = 4_000_000;

/** Generous for ~68 MB at a few MB/s. */
const XTERM_DIRECT_TIMEOUT_MS = 120_000;

/** The ceiling for the end-to-end path: xterm.js parsing and drawing the same bytes with no transport. */
export async function runXtermDirect({ floodUrl }: XtermDirectOptions): Promise<XtermDirectResult> {
  const response = await fetch(floodUrl);
  if (!response.ok) throw new Error(`GET ${floodUrl}: HTTP ${response.status}`);
  const text = await response.text();

  const warmUp = openBenchScreen(FLOOD_SCREEN_SIZE);
  await withTimeout(
    writeAll(warmUp.terminal, text.slice(0, WARM_UP_CHARS)),
    XTERM_DIRECT_TIMEOUT_MS,
    'warm-up',
  );
  warmUp.dispose();

  const screen = openBenchScreen(FLOOD_SCREEN_SIZE);
  try {
    const startedAt = performance.now();
    const chars = await withTimeout(writeAll(screen.terminal, text), XTERM_DIRECT_TIMEOUT_MS, 'xterm direct');
    return { chars, ms: performance.now() - startedAt, renderer: screen.renderer };
  } finally {
    screen.dispose();
  }
}

/** Writes text in chunks, a few in flight; resolves with the characters xterm's callbacks confirmed. */
function writeAll(terminal: Terminal, text: string): Promise<number> {
  return new Promise((resolve) => {
    let next = 0;
    let parsed = 0;
    const writeNext = () => {
      if (next >= text.length) return;
      const chunk = text.slice(next, next + WRITE_CHUNK_CHARS);
      next += chunk.length;
      terminal.write(chunk, () => {
        parsed += chunk.length;
        if (parsed === text.length) resolve(parsed);
        else writeNext();
      });
    };
    for (let i = 0; i < WRITES_IN_FLIGHT; i++) writeNext();
  });
}
