import { mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalWithFallback } from '../../../electron/host/journal/openJournalWithFallback';
import { type HostSession, WarroomHost } from '../../../electron/host/warroomHost';
import { WorkspaceService } from '../../../electron/host/workspace/workspaceService';
import type { EventName, EventPayload } from '../../../shared/api';
import type { WorkspaceStatus } from '../../../shared/workspace/workspaceStatusSchema';

/** Far above the 150 ms debounce plus a busy machine's inotify delay; a reload never takes this long. */
const EVENT_WITHIN_MS = 5_000;

/** A workspace whose only panel has `title`; with `unit` replaced to break it. */
function workspaceFile(title: string, unit = 'req/s'): string {
  return [
    'environments:',
    '  sandbox: {}',
    'dashboard:',
    '  title: Stress Certification',
    '  rows:',
    '    - title: Traffic',
    '      panels:',
    '        - id: request-rate',
    `          title: ${title}`,
    `          unit: ${unit}`,
    '          queries: [{ expr: up }]',
    '',
  ].join('\n');
}

const panelTitle = (status: WorkspaceStatus) => status.dashboard?.panels[0]?.title;

describe('the workspace, watched and reloaded by the host', () => {
  let dir: string;
  let file: string;
  let host: WarroomHost;
  let session: HostSession;
  let events: WorkspaceStatus[];

  /** The first workspace.changed event from now on that passes `check`; fails after EVENT_WITHIN_MS. */
  async function nextEvent(check: (status: WorkspaceStatus) => boolean): Promise<WorkspaceStatus> {
    const from = events.length;
    const started = performance.now();
    while (performance.now() - started < EVENT_WITHIN_MS) {
      const found = events.slice(from).find(check);
      if (found) return found;
      await delay(25);
    }
    throw new Error(
      `no matching workspace.changed within ${EVENT_WITHIN_MS} ms: ${JSON.stringify(events.slice(from))}`,
    );
  }

  /** Writes the file as editors save: a new file renamed over the old one. */
  function saveByRename(text: string): void {
    const temporary = join(dir, '.warroom.yaml.tmp');
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'warroom-reload-'));
    file = join(dir, 'warroom.yaml');
    writeFileSync(file, workspaceFile('Request rate'));
    const journal = openJournalWithFallback(join(dir, 'journal.sqlite'));
    host = new WarroomHost({ workspace: dir, version: 'test', journal });
    events = [];
    session = host.openSession('viewer', {
      send<E extends EventName>(event: E, payload: EventPayload<E>) {
        if (event === 'workspace.changed') events.push(payload as WorkspaceStatus);
      },
    });
    await session.call('session.hello', { clientId: 'reload-test' });
  });

  afterEach(async () => {
    await host.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the file at start, without variables or secrets', async () => {
    const status = (await session.call('workspace.status', {})) as WorkspaceStatus;
    expect(status).toMatchObject({
      dir,
      file,
      defaultEnvironment: 'sandbox',
      environments: ['sandbox'],
      signoff: [],
      problems: [],
    });
    expect(panelTitle(status)).toBe('Request rate');
    expect(JSON.stringify(status)).not.toMatch(/variables|secrets/);
  });

  it('follows edits, keeps the last good dashboard through a broken one, and survives delete and re-create', async () => {
    writeFileSync(file, workspaceFile('Requests per second'));
    const edited = await nextEvent((status) => panelTitle(status) === 'Requests per second');
    expect(edited.problems).toEqual([]);

    saveByRename(workspaceFile('Throughput', 'req/sec'));
    const broken = await nextEvent((status) => status.problems.length > 0);
    expect(panelTitle(broken)).toBe('Requests per second');
    expect(broken.problems).toEqual([
      {
        file,
        line: 10,
        column: 17,
        path: 'dashboard.rows[0].panels[0].unit',
        message:
          'expected one of percent, ratio, ms, s, req/s, ops/s, bytes, bytes/s, count; did you mean "req/s"?',
      },
    ]);
    const asked = (await session.call('workspace.status', {})) as WorkspaceStatus;
    expect(asked.problems).toHaveLength(1);
    expect(panelTitle(asked)).toBe('Requests per second');

    saveByRename(workspaceFile('Throughput'));
    const fixed = await nextEvent((status) => status.problems.length === 0);
    expect(panelTitle(fixed)).toBe('Throughput');

    unlinkSync(file);
    const deleted = await nextEvent((status) => status.problems.length > 0);
    expect(deleted.problems.map((problem) => problem.message)).toEqual([
      'no warroom.yaml here; a workspace is a folder holding one',
    ]);
    expect(panelTitle(deleted)).toBe('Throughput');

    writeFileSync(file, workspaceFile('Request rate again'));
    const recreated = await nextEvent((status) => status.problems.length === 0);
    expect(panelTitle(recreated)).toBe('Request rate again');
  });

  it('reloads once for a burst of writes, and not for other files in the folder', async () => {
    for (let n = 1; n <= 5; n++) writeFileSync(file, workspaceFile(`Burst ${n}`));
    await nextEvent((status) => panelTitle(status) === 'Burst 5');
    writeFileSync(join(dir, 'notes.md'), '# not the workspace file\n');
    // Past the debounce twice over: any second reload would have happened by now.
    await delay(500);
    expect(events).toHaveLength(1);
  });
});

describe('a workspace folder that does not exist', () => {
  it('is a problem to show, not a crash', () => {
    const service = new WorkspaceService(join(tmpdir(), 'warroom-no-such-folder', 'ops'));
    try {
      expect(service.state.workspace).toBeNull();
      expect(service.state.problems.map((problem) => problem.message)).toEqual([
        'no warroom.yaml here; a workspace is a folder holding one',
        expect.stringMatching(
          /^changes to the file are not picked up \(ENOENT.*\); open the workspace again$/,
        ),
      ]);
    } finally {
      service.dispose();
    }
  });
});
