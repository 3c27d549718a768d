import { describe, expect, it } from 'vitest';
import {
  createGrafanaImportStore,
  oversizeMessage,
} from '../../../renderer/state/dashboard/grafanaImportStore';
import { ApiError } from '../../../shared/apiErrors';
import type { VerifyCheck } from '../../../shared/verifyTypes';
import { verifyVerdict } from '../../../shared/verifyTypes';
import type { GrafanaImportResult } from '../../../shared/workspaceContract';
import { createFakeHost } from './fakeHost';

const check = (name: string, status: VerifyCheck['status']): VerifyCheck => ({
  check: name,
  status,
  detail: '',
});

describe('the Verify dialog’s summary line', () => {
  it('says ready with the passes, or names each failed check, counting the skipped', () => {
    const passing = [check('Workspace file loads', 'pass'), check('Prometheus ready', 'pass')];
    expect(verifyVerdict({ environment: 'sandbox', ok: true, checks: passing })).toBe(
      'Environment sandbox is ready: 2 passed.',
    );
    expect(
      verifyVerdict({
        environment: 'staging',
        ok: false,
        checks: [...passing, check('Panel broken queries', 'fail'), check('Alert rules loaded', 'skip')],
      }),
    ).toBe('Environment staging is not ready: 1 failed (Panel broken queries); 1 skipped.');
    expect(
      verifyVerdict({ environment: null, ok: false, checks: [check('Workspace file loads', 'fail')] }),
    ).toBe('The workspace is not ready: 1 failed (Workspace file loads).');
  });
});

const preview = (converted: number): GrafanaImportResult => ({
  yaml: 'dashboard:\n',
  converted,
  skipped: [],
  warnings: [],
  applied: false,
});

describe('the Grafana import store', () => {
  it('refuses more than the host takes before sending it', () => {
    expect(oversizeMessage(3 * 1024 * 1024)).toBeNull();
    expect(oversizeMessage(4 * 1024 * 1024)).toBe(
      'That is 4.0 MB; a Grafana dashboard is at most 3 MB of JSON.',
    );
  });

  it('previews, then applies the same JSON; a refusal is shown with the host’s words', async () => {
    const fake = createFakeHost();
    const sent: unknown[] = [];
    fake.handle('workspace.importGrafana', (params) => {
      sent.push(params);
      if (params.mode === 'apply')
        throw new ApiError('refused', 'warroom.yaml has problems; fix the file first');
      return preview(3);
    });
    const store = createGrafanaImportStore({ api: fake.host.api });
    await store.getState().previewJson('{"panels": []}');
    expect(store.getState()).toMatchObject({ preview: preview(3), busy: null, error: null });
    expect(await store.getState().apply()).toBeNull();
    expect(store.getState().error).toBe(
      'Could not add it to warroom.yaml: warroom.yaml has problems; fix the file first',
    );
    expect(sent).toEqual([
      { json: '{"panels": []}', mode: 'preview' },
      { json: '{"panels": []}', mode: 'apply' },
    ]);
  });

  it('keeps the preview of the JSON chosen last when an earlier answer arrives after it', async () => {
    const fake = createFakeHost();
    const answers: ((result: GrafanaImportResult) => void)[] = [];
    fake.handle('workspace.importGrafana', () => new Promise((resolve) => answers.push(resolve)));
    const store = createGrafanaImportStore({ api: fake.host.api });
    const first = store.getState().previewJson('{"first": 1}');
    const second = store.getState().previewJson('{"second": 2}');
    await expect.poll(() => answers.length).toBe(2);
    answers[1]?.(preview(2));
    answers[0]?.(preview(1));
    await Promise.all([first, second]);
    expect(store.getState()).toMatchObject({ json: '{"second": 2}', preview: preview(2), busy: null });
  });
});
