/**
 * Encryption by the operating system's keyring, through which remembered secrets are written to disk.
 * The desktop app gives Electron's safeStorage (electron/shell/safeStorageVault.ts); serve mode and the
 * CLI have none, and remember nothing.
 */
export interface SecretVault {
  /** Which keyring encrypts: `gnome_libsecret`, `kwallet5`, `keychain`, `dpapi`… */
  readonly backend: string;
  canPersist(): { ok: true } | { ok: false; reason: string };
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** Electron's Linux backends that do not really encrypt: a hard-coded key, or none found. */
export const PLAIN_TEXT_BACKENDS: readonly string[] = ['basic_text', 'unknown'];
