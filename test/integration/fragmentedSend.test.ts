import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { MAX_FRAME_CHARS, sendText } from '../../electron/transport/fragmentedSend';

/** A message of `chars` characters mixing ASCII, accents and emoji (surrogate pairs). */
function mixedText(chars: number): string {
  const unit = 'p95 ≤ 300 ms 🚀 né ';
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

describe('a large message in small frames', () => {
  let server: WebSocketServer | null = null;
  afterEach(() => server?.close());

  it('arrives whole, in order and unchanged, however it is cut', async () => {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server?.once('listening', resolve));
    const messages = [mixedText(10), mixedText(3 * MAX_FRAME_CHARS + 17), mixedText(MAX_FRAME_CHARS * 40)];
    server.on('connection', (ws) => {
      for (const text of messages) sendText(ws, text);
    });
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const received: string[] = [];
    await new Promise<void>((resolve, reject) => {
      client.on('message', (data, isBinary) => {
        expect(isBinary).toBe(false);
        received.push(data.toString());
        if (received.length === messages.length) resolve();
      });
      client.on('error', reject);
    });
    client.close();
    expect(received.map((text) => text.length)).toEqual(messages.map((text) => text.length));
    expect(received).toEqual(messages);
  });

  it('sends frames of at most MAX_FRAME_CHARS, never half a surrogate pair, the last one final', () => {
    const frames: Array<{ text: string; fin: boolean }> = [];
    const recorder = {
      send: (text: unknown, options?: { fin?: boolean }) => {
        frames.push({ text: String(text), fin: options?.fin ?? true });
      },
    };
    // An emoji straddles the first frame's end.
    const text = `${'x'.repeat(MAX_FRAME_CHARS - 1)}🚀${'y'.repeat(MAX_FRAME_CHARS)}`;
    sendText(recorder as never, text);
    expect(frames.map((frame) => frame.text).join('')).toBe(text);
    expect(frames.every((frame) => frame.text.length <= MAX_FRAME_CHARS)).toBe(true);
    expect(frames[0]?.text.endsWith('x')).toBe(true);
    expect(frames[1]?.text.startsWith('🚀')).toBe(true);
    expect(frames.map((frame) => frame.fin)).toEqual([...frames.slice(1).map(() => false), true]);
  });
});
