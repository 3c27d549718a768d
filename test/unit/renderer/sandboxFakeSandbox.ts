import { sandboxAccess } from '../../../renderer/state/sandbox/sandboxAccess';
import type { SandboxStatus } from '../../../shared/sandboxTypes';
import { createFakeHost } from './fakeHost';

/** A stopped sandbox of the `sandbox` environment, as the host first describes it. */
export function sandboxStatus(overrides: Partial<SandboxStatus> = {}): SandboxStatus {
  return {
    unavailable: null,
    environment: 'sandbox',
    defaultLoad: 'smoke',
    state: 'stopped',
    owner: null,
    startedBy: null,
    startedAt: null,
    serviceUrl: null,
    dependency: null,
    prometheusUrl: null,
    prometheusProblem: null,
    health: null,
    faults: null,
    load: { running: false, preset: null, progress: null, endedBy: null },
    problem: null,
    ...overrides,
  };
}

/** The same sandbox once "Start rehearsal" has brought it up. */
export function runningStatus(overrides: Partial<SandboxStatus> = {}): SandboxStatus {
  return sandboxStatus({
    state: 'running',
    owner: 'console',
    startedBy: 'ana',
    startedAt: 1_700_000_000_000,
    serviceUrl: 'http://127.0.0.1:4290',
    dependency: { kind: 'redis', port: 6390, reason: null },
    prometheusUrl: 'http://127.0.0.1:4291',
    health: {
      status: 'UP',
      version: '1.0.0',
      checkedAt: 1_700_000_001_000,
      lastUpAt: 1_700_000_001_000,
      dependencies: [{ name: 'redis', status: 'UP', kind: 'redis' }],
    },
    faults: { dependencyUp: true },
    ...overrides,
  });
}

/** The fake host answering sandbox.status from a status the test changes. */
export function createFakeSandbox(initial: SandboxStatus = sandboxStatus()) {
  const fake = createFakeHost();
  let status = initial;
  fake.handle('sandbox.status', () => status);
  return {
    ...fake,
    access: sandboxAccess(fake.host.api, fake.host.connection),
    setStatus: (next: SandboxStatus) => {
      status = next;
    },
  };
}
