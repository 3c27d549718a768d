import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretStore, SecretStoreError } from '../../electron/host/secrets/secretStore';
import type { SecretVault } from '../../electron/host/secrets/secretVault';

/** Stands in for the OS keyring, which cannot run here: AES-256-GCM with a key held by the test. */
class TestVault implements SecretVault {
  constructor(
    readonly backend = 'gnome_libsecret',
    private readonly key = randomBytes(32),
  ) {}

  canPersist(): { ok: true } {
    return { ok: true };
  }

  encrypt(text: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  decrypt(data: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, data.subarray(0, 12));
    decipher.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** The same keyring in a later session. */
  reopened(): TestVault {
    return new TestVault(this.backend, this.key);
  }
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'warroom-secrets-'));
  file = join(dir, 'config', 'secrets.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the secret store', () => {
  it('remembers a secret encrypted in a file only its owner can read, for the next session', () => {
    const vault = new TestVault();
    const store = new SecretStore({ vault, file });
    expect(store.remember('sandbox/REDIS_PASSWORD', 'hunter2-redis')).toBeNull();
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({ version: 1, backend: 'gnome_libsecret' });
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const later = new SecretStore({ vault: vault.reopened(), file });
    expect(later.valueOf('sandbox/REDIS_PASSWORD')).toBe('hunter2-redis');
    expect(later.isRemembered('sandbox/REDIS_PASSWORD')).toBe(true);
  });

  it('holds a secret in memory only, and forgets remembered ones from the file', () => {
    const vault = new TestVault();
    const store = new SecretStore({ vault, file });
    store.hold('TOKEN', 'in-memory-token');
    store.remember('PW', 'remembered-pw');
    store.remember('KEY', 'remembered-key');
    store.forget('PW');
    expect(store.valueOf('PW')).toBeNull();
    const later = new SecretStore({ vault: vault.reopened(), file });
    expect([later.valueOf('TOKEN'), later.valueOf('PW'), later.valueOf('KEY')]).toEqual([
      null,
      null,
      'remembered-key',
    ]);
  });

  it("refuses to remember with Electron's plain-text backend, and writes nothing", () => {
    const store = new SecretStore({ vault: new TestVault('basic_text'), file });
    const can = store.canRemember();
    expect(can.ok).toBe(false);
    expect(can.ok ? '' : can.reason).toContain('no OS keyring was found');
    expect(() => store.remember('PW', 'secret-pw')).toThrow(SecretStoreError);
    expect(store.valueOf('PW')).toBeNull();
    expect(() => statSync(file)).toThrow();
    expect(store.hold('PW', 'secret-pw')).toBeNull();
    expect(store.valueOf('PW')).toBe('secret-pw');
  });

  it('refuses to remember without a vault (serve mode, the CLI), saying why', () => {
    const store = new SecretStore({ vault: null, file });
    expect(store.canRemember()).toEqual({
      ok: false,
      reason:
        'remembering secrets needs the desktop app with an OS keyring; here they are kept in memory for this session only',
    });
    expect(() => store.remember('PW', 'secret-pw')).toThrow(
      /^cannot remember secrets: remembering secrets needs/,
    );
  });

  it('warns about a secret too short to redact', () => {
    const store = new SecretStore({ vault: null, file });
    expect(store.hold('PIN', '123')).toMatch(/^PIN is shorter than 4 characters, so it is not redacted/);
    expect(store.hold('PW', '1234')).toBeNull();
  });

  it('drops values the keyring can no longer decrypt, and will not overwrite a file that is not its own', () => {
    new SecretStore({ vault: new TestVault(), file }).remember('PW', 'old-keyring-pw');
    expect(new SecretStore({ vault: new TestVault(), file }).valueOf('PW')).toBeNull();

    writeFileSync(file, '{"something":"else"}');
    const store = new SecretStore({ vault: new TestVault(), file });
    const can = store.canRemember();
    expect(can.ok ? '' : can.reason).toContain(`${file}: not a Warroom secrets file`);
    expect(() => store.remember('PW', 'new-pw')).toThrow(SecretStoreError);
    expect(readFileSync(file, 'utf8')).toBe('{"something":"else"}');
  });
});
