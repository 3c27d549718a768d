import type { ActiveFaults, SandboxStatus } from '../../../shared/sandboxTypes';

/** Which process plays Redis for the service. */
export function dependencyDescription(dependency: NonNullable<SandboxStatus['dependency']>): string {
  if (dependency.kind === 'redis') return `redis-server on port ${dependency.port}`;
  return dependency.reason ? `the built-in stand-in (${dependency.reason})` : 'the built-in stand-in';
}

/** How a finished load run ended, from the host's `endedBy`. */
export function loadEndDescription(endedBy: string): string {
  if (endedBy === 'schedule') return 'ran its whole schedule';
  if (endedBy === 'stop') return 'was stopped';
  if (endedBy === 'deadline') return 'was cut off at its deadline';
  return `ended (${endedBy})`;
}

export interface FaultInForce {
  kind: 'latency' | 'errors' | 'cpu' | 'dependency';
  text: string;
}

/** The faults the service reports, one line each; empty when it is healthy on purpose. */
export function faultsInForce(faults: ActiveFaults): FaultInForce[] {
  const lines: FaultInForce[] = [];
  if (faults.latencyMs) {
    const where = faults.latencyRoute ? `on ${faults.latencyRoute}` : 'on every route';
    lines.push({ kind: 'latency', text: `+${faults.latencyMs} ms latency ${where}` });
  }
  if (faults.errorRate) lines.push({ kind: 'errors', text: `${percent(faults.errorRate)} of requests fail` });
  if (faults.cpuBurn) lines.push({ kind: 'cpu', text: `CPU burn at ${percent(faults.cpuBurn)} of a core` });
  if (!faults.dependencyUp) lines.push({ kind: 'dependency', text: 'the dependency is down' });
  return lines;
}

/** 0.255 → "25.5 %". */
export function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))} %`;
}
