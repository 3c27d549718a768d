import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServeFixture, startServeFixture } from '../../support/serveFixture';
import { WsTestClient } from '../../support/wsTestClient';

/** Numbered lines the terminal prints; each is 12 characters once the pty turns \n into \r\n. */
const LINES = 4_000;
/** Lines per burst, and the pause between bursts, so that the stream lasts a couple of seconds. */
const BURST_LINES = 100;
const BURST_PAUSE_S = 0.05;
/** The line after which the socket drops: early enough that most of the stream is still to come. */
const DROP_AFTER_LINE = 800;
/** How long the console stays away: several bursts print meanwhile. */
const AWAY_MS = 500;

const line = (n: number) => `line-${String(n).padStart(5, '0')}\r\n`;
const wholeStream = Array.from({ length: LINES }, (_, index) => line(index + 1)).join('');

/** Prints the numbered lines in bursts, then exits. */
const PRINT_IN_BURSTS = `i=1
while [ "$i" -le ${LINES} ]; do
  printf 'line-%05d\\n' "$i"
  if [ $((i % ${BURST_LINES})) -eq 0 ]; then sleep ${BURST_PAUSE_S}; fi
  i=$((i + 1))
done`;

describe('the console’s socket dropped while a terminal prints', () => {
  let fixture: ServeFixture | undefined;
  afterEach(async () => {
    await fixture?.stop();
    fixture = undefined;
  });

  it('gets, after reconnecting, the whole stream once and in order: what it saw, what it missed, what came after', async () => {
    fixture = await startServeFixture({ terminalScript: PRINT_IN_BURSTS });
    const first = await WsTestClient.session(fixture.operatorSocketUrl, 'wall-console-01');
    const terminal = await first.call('terminals.create', { cols: 80, rows: 24 });
    let seen = '';
    first.on('terminals.data', (event) => {
      if (event.id === terminal.id) seen += event.data;
    });
    // The replay comes before whatever arrives live after the attach, as the renderer paints it.
    seen = (await first.call('terminals.attach', { id: terminal.id })).replay + seen;
    await expect.poll(() => seen.includes(line(DROP_AFTER_LINE)), { timeout: 10_000 }).toBe(true);

    // An abrupt drop, as a network blip makes it: no close handshake.
    first.socket.terminate();
    const seenBefore = seen;
    const droppedAt = performance.now();
    await delay(AWAY_MS);

    const again = await WsTestClient.session(fixture.operatorSocketUrl, 'wall-console-01');
    const reattachedIn = performance.now() - droppedAt - AWAY_MS;
    const { output, exitCode } = await again.collectUntilExit(terminal.id);
    await again.close();

    expect(exitCode).toBe(0);
    expect(wholeStream.startsWith(seenBefore)).toBe(true);
    expect(seenBefore.length).toBeLessThan(wholeStream.length);
    expect(output.length).toBe(wholeStream.length);
    expect(output).toBe(wholeStream);
    console.info(
      `socket dropped after ${seenBefore.length} of ${wholeStream.length} characters, away ${AWAY_MS} ms; back and re-attached ${Math.round(reattachedIn)} ms later with nothing lost or repeated`,
    );
  });
});
