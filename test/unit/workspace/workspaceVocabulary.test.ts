import { describe, expect, it } from 'vitest';
import { LOAD_PRESETS } from '../../../electron/host/sandbox/load/loadProfile';
import { LOAD_PRESET_NAMES } from '../../../shared/sandboxTypes';
import { didYouMean, editDistance } from '../../../shared/workspace/didYouMean';
import { formatDuration } from '../../../shared/workspace/durationSchema';
import { formatProblem } from '../../../shared/workspace/workspaceTypes';

describe('the words warroom.yaml shares with the host', () => {
  it('offers exactly the load presets the host defines', () => {
    expect([...LOAD_PRESET_NAMES]).toEqual(Object.keys(LOAD_PRESETS));
  });
});

describe('did you mean', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('prometeus', 'prometheus')).toBe(1);
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('', 'k6')).toBe(2);
    expect(editDistance('secrets', 'secrets')).toBe(0);
  });

  it('suggests the closest key within a typo, ignoring case, and nothing beyond', () => {
    const keys = ['description', 'sandbox', 'prometheus', 'k6', 'health', 'variables', 'secrets'];
    expect(didYouMean('Prometheus', keys)).toBe('prometheus');
    expect(didYouMean('secret', keys)).toBe('secrets');
    expect(didYouMean('k7', keys)).toBe('k6');
    expect(didYouMean('grafana', keys)).toBeNull();
    expect(didYouMean('k', keys)).toBe('k6');
    expect(didYouMean('xy', keys)).toBeNull();
  });

  it('prefers, between two as close, the one as long as the word', () => {
    expect(didYouMean('=<', ['<', '<=', '>', '>='])).toBe('<=');
  });
});

describe('problem and duration text', () => {
  it('formats a problem as file:line:column: path: message', () => {
    const problem = {
      file: 'warroom.yaml',
      line: 12,
      column: 5,
      path: 'environments.sandbox.prometeus',
      message: 'unknown key; did you mean "prometheus"?',
    };
    expect(formatProblem(problem)).toBe(
      'warroom.yaml:12:5: environments.sandbox.prometeus: unknown key; did you mean "prometheus"?',
    );
    expect(formatProblem({ ...problem, line: 0, column: 0, path: '' })).toBe(
      'warroom.yaml: unknown key; did you mean "prometheus"?',
    );
  });

  it('writes durations in the largest exact unit', () => {
    expect([0, 100, 1_500, 5_000, 90_000, 600_000, 3_600_000].map(formatDuration)).toEqual([
      '0s',
      '100ms',
      '1500ms',
      '5s',
      '90s',
      '10m',
      '1h',
    ]);
  });
});
