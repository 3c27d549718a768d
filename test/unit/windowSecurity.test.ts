import { describe, expect, it } from 'vitest';
import {
  isAppUrl,
  isExternalWebUrl,
  isPermissionGranted,
  mainWindowOptions,
} from '../../electron/shell/windowOptions';
import { RENDERER_SECURITY_HEADERS } from '../../electron/transport/rendererAssets';
import { CONTENT_SECURITY_POLICY } from '../../shared/contentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name as string, values];
    }),
  );
}

describe('the desktop window', () => {
  const prefs = mainWindowOptions('/app/out/preload/preload.cjs').webPreferences ?? {};

  it('isolates and sandboxes the renderer, with no Node in it', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('loads a single bundled CommonJS preload, as a sandboxed preload must be', () => {
    expect(prefs.preload).toMatch(/preload\.cjs$/);
  });

  it('trusts only its own scheme for IPC and navigation', () => {
    expect(isAppUrl('warroom://app/index.html')).toBe(true);
    expect(isAppUrl('warroom://app/views/x')).toBe(true);
    for (const url of [
      'file:///index.html',
      'https://app/index.html',
      'warroom://evil/index.html',
      'not a url',
    ]) {
      expect(isAppUrl(url)).toBe(false);
    }
  });

  it('hands only web links to the system browser', () => {
    expect(isExternalWebUrl('https://grafana.example/d/1')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://share/x', 'warroom://app/']) {
      expect(isExternalWebUrl(url)).toBe(false);
    }
  });
});

describe('the content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts and connections only from our own origin', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it('never allows eval or inline script anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*|http:|https:/);
  });

  it('is sent as a header with framing forbidden and sniffing off', () => {
    const header = RENDERER_SECURITY_HEADERS['Content-Security-Policy'] ?? '';
    expect(header.startsWith(CONTENT_SECURITY_POLICY)).toBe(true);
    expect(directives(header).get('frame-ancestors')).toEqual(["'none'"]);
    expect(RENDERER_SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('permissions', () => {
  it('grants the app page notifications (a breached target) and nothing else, to no other page', () => {
    expect(isPermissionGranted('notifications', 'warroom://app/index.html')).toBe(true);
    expect(isPermissionGranted('notifications', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(isPermissionGranted(permission, 'warroom://app/index.html')).toBe(false);
    }
  });
});
