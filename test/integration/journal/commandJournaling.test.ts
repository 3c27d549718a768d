import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServeFixture, startServeFixture } from '../../support/serveFixture';
import { WsTestClient } from '../../support/wsTestClient';

/** Polls until `probe` returns something, within a bound. */
async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('commands typed in a terminal reach the journal', () => {
  let fixture: ServeFixture;
  let client: WsTestClient;

  beforeAll(async () => {
    fixture = await startServeFixture({ shell: '/bin/bash' });
    client = await WsTestClient.session(fixture.operatorSocketUrl, 'command-journal-1');
  });
  afterAll(async () => {
    await client.close();
    await fixture.stop();
  });

  it('records each command with its exit code, duration and a searchable transcript', async () => {
    const day = await client.call('journal.startDay', { name: 'Commands' });
    const terminal = await client.call('terminals.create', { cols: 100, rows: 30 });
    await client.call('terminals.attach', { id: terminal.id });
    await client.call('terminals.write', {
      id: terminal.id,
      data: 'printf "\\033[31mwarroom-%s\\033[0m\\n" $((6*7))\r',
    });
    await client.call('terminals.write', { id: terminal.id, data: 'ls /no/such/dir\r' });

    const finished = await eventually(async () => {
      const page = await client.call('journal.timeline', {
        dayId: day.id,
        filter: { kinds: ['command.finished'] },
        offset: 0,
        limit: 10,
      });
      return page.total >= 2 ? page.events : undefined;
    });
    expect(finished.map((event) => event.payload.exitCode)).toEqual([0, 2]);
    expect(finished[0]?.subject).toBe('printf "\\033[31mwarroom-%s\\033[0m\\n" $((6*7))');
    expect(finished[0]?.payload.durationMs).toBeGreaterThanOrEqual(0);

    const [transcript] = await client.call('journal.transcripts', { dayId: day.id, search: 'warroom-42' });
    expect(transcript).toMatchObject({ terminalId: terminal.id, exitCode: 0 });
    const { text } = await client.call('journal.transcript', { id: transcript?.id ?? 0 });
    expect(text.trim()).toBe('warroom-42');
    const started = await client.call('journal.timeline', {
      dayId: day.id,
      filter: { kinds: ['command.started'] },
      offset: 0,
      limit: 10,
    });
    expect(started.total).toBe(2);
    await client.call('terminals.close', { id: terminal.id });
  });
});
