import { describe, expect, it } from 'vitest';
import { AckCounter } from '../../../renderer/terminals/ackCounter';
import { actionErrorMessage } from '../../../renderer/terminals/actionErrorMessage';
import {
  describeExit,
  describeExitBriefly,
  exitedCleanly,
} from '../../../renderer/terminals/exitDescription';
import { splitInput } from '../../../renderer/terminals/splitInput';
import { ApiError } from '../../../shared/apiErrors';
import { CHAR_COUNT_ACK_SIZE } from '../../../shared/terminalFlowControl';

describe('ack counter', () => {
  it('acknowledges once the chunk size is reached, with everything counted so far', () => {
    const acks: number[] = [];
    const counter = new AckCounter((chars) => acks.push(chars));
    counter.parsed(CHAR_COUNT_ACK_SIZE - 1);
    expect(acks).toEqual([]);
    counter.parsed(10);
    expect(acks).toEqual([CHAR_COUNT_ACK_SIZE + 9]);
    counter.parsed(CHAR_COUNT_ACK_SIZE - 1);
    expect(acks).toHaveLength(1);
  });

  it('starts from zero after a reset', () => {
    const acks: number[] = [];
    const counter = new AckCounter((chars) => acks.push(chars), 100);
    counter.parsed(99);
    counter.reset();
    counter.parsed(99);
    expect(acks).toEqual([]);
  });
});

describe('exit description', () => {
  it('names the exit code, or the signal that killed the process', () => {
    expect(describeExit(0, null)).toBe('Process exited with code 0');
    expect(describeExit(0, 9)).toBe('Process killed by signal 9');
    expect(describeExitBriefly(127, null)).toBe('exit 127');
    expect(describeExitBriefly(0, 15)).toBe('signal 15');
  });

  it('counts only code 0 without a signal as a clean exit', () => {
    expect(exitedCleanly(0, null)).toBe(true);
    expect(exitedCleanly(1, null)).toBe(false);
    expect(exitedCleanly(0, 15)).toBe(false);
  });
});

describe('splitInput', () => {
  it('keeps small input whole and sends nothing for nothing', () => {
    expect(splitInput('ls\r')).toEqual(['ls\r']);
    expect(splitInput('')).toEqual([]);
  });

  it('cuts at the limit but never inside a surrogate pair', () => {
    expect(splitInput('abcdef', 4)).toEqual(['abcd', 'ef']);
    const pieces = splitInput('abc😀def', 4);
    expect(pieces).toEqual(['abc', '😀de', 'f']);
    expect(pieces.join('')).toBe('abc😀def');
  });
});

describe('action error message', () => {
  it('explains a disconnected host and a viewer session in plain words', () => {
    expect(actionErrorMessage('open a terminal', new ApiError('unavailable', 'x'))).toMatch(/not connected/);
    expect(actionErrorMessage('open a terminal', new ApiError('forbidden', 'x'))).toMatch(/read-only viewer/);
    expect(actionErrorMessage('close the terminal', new Error('boom'))).toBe(
      'Could not close the terminal: boom',
    );
  });
});
