import { MIN_REDACTED_SECRET_CHARS, Redactor } from './redactor';
import { readSecretFile, writeSecretFile } from './secretFile';
import { PLAIN_TEXT_BACKENDS, type SecretVault } from './secretVault';

/** A secret that cannot be remembered here; the message says why. */
export class SecretStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretStoreError';
  }
}

export interface SecretStoreOptions {
  /** The OS keyring; null in serve mode and the CLI, where nothing is remembered. */
  vault: SecretVault | null;
  /** Where remembered secrets are written, encrypted. */
  file: string;
}

const NO_VAULT_REASON =
  'remembering secrets needs the desktop app with an OS keyring; here they are kept in memory for this session only';

/**
 * The secrets a person gave: held in memory for the host's lifetime, and, when remembered, also
 * written encrypted by the OS keyring so the next session has them. Keys are opaque to the store;
 * the host names them so that a secret of one environment never fills another's run.
 */
export class SecretStore {
  private readonly values = new Map<string, string>();
  private readonly remembered = new Set<string>();
  /** Why the file could not be read; then nothing is written over it. */
  private fileProblem: string | null = null;
  /** Built from the values held, again after each change. */
  private redactor: Redactor | null = null;

  constructor(private readonly options: SecretStoreOptions) {
    this.loadRemembered();
  }

  /** Whether `remember` can work here, and why not. */
  canRemember(): { ok: true } | { ok: false; reason: string } {
    const vault = this.options.vault;
    if (!vault) return { ok: false, reason: NO_VAULT_REASON };
    if (this.fileProblem) return { ok: false, reason: this.fileProblem };
    if (PLAIN_TEXT_BACKENDS.includes(vault.backend)) {
      return {
        ok: false,
        reason: `no OS keyring was found (Electron's "${vault.backend}" backend would store secrets unencrypted); they are kept in memory for this session only`,
      };
    }
    return vault.canPersist();
  }

  /** Keeps a secret in memory for this session. Returns a warning for a person, or null. */
  hold(name: string, value: string): string | null {
    this.values.set(name, value);
    this.redactor = null;
    return redactionWarning(name, value);
  }

  /** Keeps a secret in memory and writes it, encrypted, for the next session; refused without a keyring. */
  remember(name: string, value: string): string | null {
    const vault = this.persistingVault();
    const warning = this.hold(name, value);
    this.remembered.add(name);
    this.save(vault);
    return warning;
  }

  /** Drops a secret from memory and from the file. */
  forget(name: string): void {
    this.values.delete(name);
    this.redactor = null;
    if (!this.remembered.delete(name)) return;
    const vault = this.options.vault;
    if (vault && this.canRemember().ok) this.save(vault);
  }

  valueOf(name: string): string | null {
    return this.values.get(name) ?? null;
  }

  /**
   * Text with every secret held replaced by `[secret NAME]` (the last part of its key): what the
   * journal stores, whichever terminal or run the text came from.
   */
  redact(text: string): string {
    this.redactor ??= new Redactor(
      [...this.values].map(([key, value]) => [key.split('/').pop() ?? key, value]),
    );
    return this.redactor.redact(text);
  }

  isRemembered(name: string): boolean {
    return this.remembered.has(name);
  }

  private persistingVault(): SecretVault {
    const can = this.canRemember();
    if (!can.ok) throw new SecretStoreError(`cannot remember secrets: ${can.reason}`);
    return this.options.vault as SecretVault;
  }

  private save(vault: SecretVault): void {
    const secrets: Record<string, string> = {};
    for (const name of [...this.remembered].sort()) {
      secrets[name] = vault.encrypt(this.values.get(name) ?? '').toString('base64');
    }
    writeSecretFile(this.options.file, { version: 1, backend: vault.backend, secrets });
  }

  /** Reads what earlier sessions remembered; values the keyring can no longer decrypt are dropped. */
  private loadRemembered(): void {
    const vault = this.options.vault;
    if (!vault || !this.canRemember().ok) return;
    let content: ReturnType<typeof readSecretFile>;
    try {
      content = readSecretFile(this.options.file);
    } catch (error) {
      this.fileProblem = `${(error as Error).message}; move it away to remember secrets again`;
      return;
    }
    if (!content) return;
    for (const [name, encrypted] of Object.entries(content.secrets)) {
      try {
        this.values.set(name, vault.decrypt(Buffer.from(encrypted, 'base64')));
        this.remembered.add(name);
      } catch {
        // A keyring reset or another user's file: the secret is asked for again, and the next save drops it.
      }
    }
  }
}

/** Why a value will still show in output, or null when it will be redacted. */
export function redactionWarning(name: string, value: string): string | null {
  if (value.length === 0 || value.length >= MIN_REDACTED_SECRET_CHARS) return null;
  return `${name} is shorter than ${MIN_REDACTED_SECRET_CHARS} characters, so it is not redacted from output: a value that short would blank out every matching run of characters and, by where it did, give itself away`;
}
