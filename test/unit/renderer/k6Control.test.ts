import { describe, expect, it } from 'vitest';
import { k6Access } from '../../../renderer/state/k6/k6Access';
import { createK6Stores } from '../../../renderer/state/k6/k6Stores';
import { startK6Sync } from '../../../renderer/state/k6/k6Sync';
import type { Role } from '../../../shared/api';
import { ApiError } from '../../../shared/apiErrors';
import { MAX_SUMMARY_IMPORT_CHARS } from '../../../shared/k6Contract';
import { LIVE_VU_SCALING_REMOVED_MESSAGE } from '../../../shared/k6StatusTypes';
import { createFakeHost, settle } from './fakeHost';
import { k6Run, k6Status } from './k6FakeStatus';

const SUMMARY_TEXT =
  '{"metrics":{"http_reqs":{"type":"counter","contains":"default","values":{"count":12}}}}';

async function controlled(role: Role = 'operator') {
  const fake = createFakeHost();
  fake.handle('k6.status', () => k6Status());
  fake.handle('k6.control', ({ action }) =>
    k6Run({ paused: action === 'pause', stopped: action === 'stop', running: action !== 'stop' }),
  );
  fake.handle('k6.recordSummary', () => ({ seq: 812 }));
  fake.handle('k6.importSummary', () => ({
    seq: 813,
    format: 'handleSummary',
    metrics: 24,
    thresholdsFailed: 1,
  }));
  const stores = createK6Stores(k6Access(fake.host.api, fake.host.connection));
  startK6Sync(fake.host, stores.status);
  fake.startSession(role);
  await settle();
  return { fake, stores, control: stores.control };
}

describe('k6 controls', () => {
  it('pauses and resumes through k6.control, showing the run the host answers with', async () => {
    const { fake, stores, control } = await controlled();
    expect(await control.getState().pause()).toBe(true);
    expect(stores.status.getState().status?.api.run?.paused).toBe(true);
    expect(await control.getState().resume()).toBe(true);
    expect(fake.callsOf('k6.control')).toEqual([{ action: 'pause' }, { action: 'resume' }]);
    expect(stores.status.getState().status?.api.run?.paused).toBe(false);
  });

  it('stops only once the person confirmed, and says so to the host', async () => {
    const { fake, stores, control } = await controlled();
    expect(await control.getState().confirmStop()).toBe(false);
    control.getState().askStop();
    expect(control.getState().confirmingStop).toBe(true);
    control.getState().cancelStop();
    expect(await control.getState().confirmStop()).toBe(false);
    expect(fake.callsOf('k6.control')).toEqual([]);

    control.getState().askStop();
    expect(await control.getState().confirmStop()).toBe(true);
    expect(fake.callsOf('k6.control')).toEqual([{ action: 'stop', confirmed: true }]);
    expect(control.getState().confirmingStop).toBe(false);
    expect(stores.status.getState().status?.api.run?.stopped).toBe(true);
  });

  it('answers a request to scale VUs with why k6 no longer does it, calling nothing', async () => {
    const { fake, control } = await controlled();
    control.getState().askScaleVus();
    expect(control.getState().notice).toBe(LIVE_VU_SCALING_REMOVED_MESSAGE);
    expect(fake.calls.filter((call) => call.method !== 'k6.status')).toEqual([]);
  });

  it('records the summary and shows the journal event it became', async () => {
    const { fake, control } = await controlled();
    expect(await control.getState().recordSummary()).toBe(true);
    expect(fake.callsOf('k6.recordSummary')).toEqual([{}]);
    expect(control.getState().recordedSeq).toBe(812);
  });

  it('imports a summary file’s text and keeps what the host made of it', async () => {
    const { fake, control } = await controlled();
    expect(await control.getState().importSummary('summary.json', SUMMARY_TEXT)).toBe(true);
    expect(fake.callsOf('k6.importSummary')).toEqual([{ name: 'summary.json', text: SUMMARY_TEXT }]);
    expect(control.getState().imported).toEqual({
      name: 'summary.json',
      seq: 813,
      format: 'handleSummary',
      metrics: 24,
      thresholdsFailed: 1,
    });
  });

  it('refuses a summary too large to send, before any call, saying how large and what to pick', async () => {
    const { fake, control } = await controlled();
    const text = 'x'.repeat(MAX_SUMMARY_IMPORT_CHARS + 1);
    expect(await control.getState().importSummary('k6-output.json', text)).toBe(false);
    expect(fake.callsOf('k6.importSummary')).toEqual([]);
    const error = control.getState().error;
    expect(error?.call).toBe('import');
    expect(error?.message).toMatch(
      /^k6-output\.json is 3\.0 million characters; a k6 summary is at most 3 million/,
    );
    expect(error?.message).toMatch(/handleSummary or --summary-export/);
  });

  it('shows the host’s refusal in words, naming what was attempted', async () => {
    const { fake, control } = await controlled();
    fake.handle('k6.importSummary', () => {
      throw new ApiError('bad_request', 'summary.json:3:7: expected a "metrics" object');
    });
    expect(await control.getState().importSummary('summary.json', SUMMARY_TEXT)).toBe(false);
    expect(control.getState().error).toEqual({
      call: 'import',
      message: 'Could not import summary.json: summary.json:3:7: expected a "metrics" object',
    });
    fake.handle('k6.control', () => {
      throw new ApiError('unavailable', 'k6 at 127.0.0.1:6565 does not answer');
    });
    expect(await control.getState().pause()).toBe(false);
    expect(control.getState().error?.message).toBe(
      'Could not pause the k6 run: not connected to the host. Try again once it is back.',
    );
  });

  it('sends one call at a time: a second click while the first is on its way sends nothing', async () => {
    const { fake, control } = await controlled();
    let answer: (() => void) | null = null;
    fake.handle(
      'k6.control',
      () =>
        new Promise((resolve) => {
          answer = () => resolve(k6Run({ paused: true }));
        }),
    );
    const first = control.getState().pause();
    await settle();
    expect(control.getState().inFlight).toBe('pause');
    expect(await control.getState().pause()).toBe(false);
    (answer as (() => void) | null)?.();
    expect(await first).toBe(true);
    expect(fake.callsOf('k6.control')).toHaveLength(1);
    expect(control.getState().inFlight).toBeNull();
  });

  it('lets a viewer watch but not act: no call is made and the reason is said', async () => {
    const { fake, control } = await controlled('viewer');
    expect(await control.getState().pause()).toBe(false);
    control.getState().askStop();
    expect(await control.getState().confirmStop()).toBe(false);
    expect(await control.getState().recordSummary()).toBe(false);
    expect(await control.getState().importSummary('summary.json', SUMMARY_TEXT)).toBe(false);
    expect(fake.calls.filter((call) => call.method !== 'k6.status')).toEqual([]);
    expect(control.getState().error?.message).toBe(
      'Could not import summary.json: a read-only viewer can watch k6 but not control it or journal its results.',
    );
  });
});
