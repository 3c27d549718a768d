import { afterEach, describe, expect, it } from 'vitest';
import { HIGH_WATERMARK_CHARS } from '../../shared/terminalFlowControl';
import { type ServeFixture, startServeFixture } from '../support/serveFixture';
import { WsTestClient } from '../support/wsTestClient';

const KIB_64 = 64 * 1024;

/** Prints a known number of 'x' and exits at once: the race where bytes arrive after exit. */
const printAndExit = (bytes: number) => `head -c ${bytes} /dev/zero | tr '\\0' x`;

const countX = (output: string) => output.split('x').length - 1;

/** Printing starts after the client has attached (a busy host answers late): only then is it held back. */
const afterAttach = (script: string) => `sleep 0.3; ${script}`;

describe('terminal output through pty, host and WebSocket', () => {
  let fixture: ServeFixture | undefined;
  let client: WsTestClient | undefined;

  afterEach(async () => {
    await client?.close();
    await fixture?.stop();
  });

  it('delivers all 64 KiB of a command that prints and exits at once, in 100 runs of 100', async () => {
    fixture = await startServeFixture({ terminalScript: printAndExit(KIB_64) });
    client = await WsTestClient.session(fixture.operatorSocketUrl);
    const shortfalls: string[] = [];
    for (let run = 0; run < 100; run++) {
      const terminal = await client.call('terminals.create', { cols: 80, rows: 24 });
      const { output, exitCode } = await client.collectUntilExit(terminal.id);
      await client.call('terminals.close', { id: terminal.id });
      if (countX(output) !== KIB_64 || exitCode !== 0) {
        shortfalls.push(`run ${run}: ${countX(output)} of ${KIB_64} bytes, exit code ${exitCode}`);
      }
    }
    expect(shortfalls).toEqual([]);
  });

  it('holds the process back while the client is behind, and still loses nothing when it exits', async () => {
    const bytes = 3 * HIGH_WATERMARK_CHARS;
    fixture = await startServeFixture({ terminalScript: afterAttach(printAndExit(bytes)) });
    client = await WsTestClient.session(fixture.operatorSocketUrl);
    const terminal = await client.call('terminals.create', { cols: 80, rows: 24 });
    let received = 0;
    const off = client.on('terminals.data', (event) => {
      received += event.data.length;
    });
    await client.call('terminals.attach', { id: terminal.id });
    // Never acknowledging: the host must stop near the high watermark, not read everything.
    await new Promise((resolve) => setTimeout(resolve, 500));
    off();
    expect(received).toBeGreaterThan(HIGH_WATERMARK_CHARS * 0.9);
    expect(received).toBeLessThan(bytes);

    const rest = await client.collectUntilExit(terminal.id);
    expect(countX(rest.output)).toBeGreaterThanOrEqual(bytes - received);
    expect(rest.exitCode).toBe(0);
  });

  it('gives a client that never acknowledges every byte of a process that exits while paused', async () => {
    const bytes = HIGH_WATERMARK_CHARS + 40_000;
    fixture = await startServeFixture({ terminalScript: afterAttach(printAndExit(bytes)) });
    client = await WsTestClient.session(fixture.operatorSocketUrl);
    const terminal = await client.call('terminals.create', { cols: 80, rows: 24 });
    const { output, exitCode } = await client.collectUntilExit(terminal.id, Number.POSITIVE_INFINITY);
    expect(countX(output)).toBe(bytes);
    expect(exitCode).toBe(0);
  });
});

describe('a read-only viewer that falls behind', () => {
  it('does not hold back the operator’s terminal', async () => {
    const bytes = 3 * HIGH_WATERMARK_CHARS;
    const fixture = await startServeFixture({ terminalScript: afterAttach(printAndExit(bytes)) });
    const operator = await WsTestClient.session(fixture.operatorSocketUrl, 'operator-behind-1');
    const viewer = await WsTestClient.session(fixture.viewerSocketUrl, 'viewer-behind-01');
    try {
      const terminal = await operator.call('terminals.create', { cols: 80, rows: 24 });
      // The viewer watches and never acknowledges, like a throttled background tab.
      await viewer.call('terminals.attach', { id: terminal.id });
      const { output, exitCode } = await operator.collectUntilExit(terminal.id);
      expect(countX(output)).toBe(bytes);
      expect(exitCode).toBe(0);
    } finally {
      await viewer.close();
      await operator.close();
      await fixture.stop();
    }
  });
});
