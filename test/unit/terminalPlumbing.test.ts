import { describe, expect, it, vi } from 'vitest';
import { FlowController } from '../../electron/host/terminals/flowController';
import { OutputBatcher } from '../../electron/host/terminals/outputBatcher';
import { ReplayBuffer } from '../../electron/host/terminals/replayBuffer';

describe('flow control', () => {
  it('pauses above the high watermark and resumes only below the low one', () => {
    const pause = vi.fn();
    const resume = vi.fn();
    const flow = new FlowController<string>(pause, resume, 100, 10);
    flow.addClient('ui');
    flow.sent(100);
    expect(pause).not.toHaveBeenCalled();
    flow.sent(1);
    expect(pause).toHaveBeenCalledTimes(1);
    flow.acknowledged('ui', 80);
    expect(resume).not.toHaveBeenCalled();
    flow.acknowledged('ui', 15);
    expect(resume).toHaveBeenCalledTimes(1);
  });

  it('is held back by the slowest attached client, and released when it leaves', () => {
    const pause = vi.fn();
    const resume = vi.fn();
    const flow = new FlowController<string>(pause, resume, 100, 10);
    flow.addClient('fast');
    flow.addClient('wall-screen');
    flow.sent(150);
    flow.acknowledged('fast', 150);
    expect(flow.isPaused).toBe(true);
    flow.removeClient('wall-screen');
    expect(flow.isPaused).toBe(false);
    expect(resume).toHaveBeenCalledTimes(1);
  });
});

describe('output batching', () => {
  it('sends output after a quiet spell at once, and joins what streams in behind it', async () => {
    const sent: string[] = [];
    const batcher = new OutputBatcher((data) => sent.push(data), 5, 1_000);
    batcher.push('a');
    expect(sent).toEqual(['a']);
    batcher.push('b');
    batcher.push('c');
    expect(sent).toEqual(['a']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual(['a', 'bc']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    batcher.push('d');
    expect(sent).toEqual(['a', 'bc', 'd']);
    batcher.dispose();
  });

  it('sends early once a batch is large, and on flush', () => {
    const sent: string[] = [];
    const batcher = new OutputBatcher((data) => sent.push(data), 1_000, 4);
    batcher.push('0');
    batcher.push('12');
    batcher.push('345');
    batcher.push('6');
    batcher.flush();
    expect(sent).toEqual(['0', '12345', '6']);
    batcher.dispose();
  });
});

describe('replay buffer', () => {
  it('keeps the most recent output up to its capacity', () => {
    const replay = new ReplayBuffer(10);
    replay.append('0123456');
    replay.append('789abc');
    expect(replay.contents()).toBe('3456789abc');
    replay.append('d');
    expect(replay.contents()).toBe('456789abcd');
  });
});
