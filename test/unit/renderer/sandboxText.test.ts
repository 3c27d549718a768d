import { describe, expect, it } from 'vitest';
import {
  dependencyDescription,
  faultsInForce,
  loadEndDescription,
  percent,
} from '../../../renderer/views/rehearsal/sandboxText';

describe('the rehearsal view’s words', () => {
  it('lists each fault in force, and nothing for a healthy service', () => {
    expect(faultsInForce({ dependencyUp: true })).toEqual([]);
    expect(
      faultsInForce({
        latencyMs: 300,
        latencyRoute: '/api/feed',
        errorRate: 0.05,
        cpuBurn: 0.5,
        dependencyUp: false,
      }),
    ).toEqual([
      { kind: 'latency', text: '+300 ms latency on /api/feed' },
      { kind: 'errors', text: '5 % of requests fail' },
      { kind: 'cpu', text: 'CPU burn at 50 % of a core' },
      { kind: 'dependency', text: 'the dependency is down' },
    ]);
    expect(faultsInForce({ latencyMs: 300, dependencyUp: true })[0]?.text).toBe(
      '+300 ms latency on every route',
    );
  });

  it('says which process plays Redis', () => {
    expect(dependencyDescription({ kind: 'redis', port: 6390, reason: null })).toBe(
      'redis-server on port 6390',
    );
    expect(
      dependencyDescription({ kind: 'built-in', port: null, reason: 'redis-server is not installed' }),
    ).toBe('the built-in stand-in (redis-server is not installed)');
    // A sandbox the CLI runs does not say why.
    expect(dependencyDescription({ kind: 'built-in', port: null, reason: null })).toBe(
      'the built-in stand-in',
    );
  });

  it('says how a load run ended', () => {
    expect(loadEndDescription('schedule')).toBe('ran its whole schedule');
    expect(loadEndDescription('stop')).toBe('was stopped');
    expect(loadEndDescription('deadline')).toBe('was cut off at its deadline');
  });

  it('writes shares as percentages without float noise', () => {
    expect(percent(0.07)).toBe('7 %');
    expect(percent(0.255)).toBe('25.5 %');
  });
});
