import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccessTokens } from '../../electron/transport/accessTokens';
import { checkListenHost, isLoopback } from '../../electron/transport/listenAddress';
import { readRendererAsset } from '../../electron/transport/rendererAssets';

describe('listen address', () => {
  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.5.6.7', 'localhost', '::1', '[::1]'])
      expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.2', 'example.com', '128.0.0.1']) {
      expect(isLoopback(host)).toBe(false);
    }
  });

  it('refuses a non-loopback address unless remote serving is allowed', () => {
    expect(checkListenHost('0.0.0.0', false)).toMatch(/--allow-remote/);
    expect(checkListenHost('0.0.0.0', true)).toBeNull();
    expect(checkListenHost('127.0.0.1', false)).toBeNull();
  });
});

describe('access tokens', () => {
  it('grants the operator role, the viewer role, or nothing', () => {
    const tokens = new AccessTokens({ viewer: true });
    expect(tokens.operator).not.toBe(tokens.viewer);
    expect(tokens.operator.length).toBeGreaterThanOrEqual(43);
    expect(tokens.roleFor(tokens.operator)).toBe('operator');
    expect(tokens.roleFor(tokens.viewer)).toBe('viewer');
    expect(tokens.roleFor(`${tokens.operator}x`)).toBeNull();
    expect(tokens.roleFor('')).toBeNull();
    expect(tokens.roleFor(null)).toBeNull();
  });

  it('has no viewer token unless asked for one', () => {
    expect(new AccessTokens({ viewer: false }).viewer).toBeNull();
  });
});

describe('renderer assets', () => {
  const root = mkdtempSync(join(tmpdir(), 'warroom-assets-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {}');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');

  it('serves built files with their type and the security headers', async () => {
    const asset = await readRendererAsset(rendererDir, '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['Content-Type']).toMatch(/javascript/);
    expect(asset.headers['Content-Security-Policy']).toMatch(/script-src 'self'/);
  });

  it('answers the page for app routes', async () => {
    expect((await readRendererAsset(rendererDir, '/terminals')).body.toString()).toBe('<!doctype html>');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/..%2fsecret.txt',
    ]) {
      const asset = await readRendererAsset(rendererDir, path);
      expect(asset.status, path).toBe(404);
    }
  });
});
