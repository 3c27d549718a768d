import { safeStorage } from 'electron';
import { PLAIN_TEXT_BACKENDS, type SecretVault } from '../host/secrets/secretVault';

/** What safeStorage encrypts with outside Linux, where it always has a keyring. */
const KEYRING_OF_PLATFORM = process.platform === 'darwin' ? 'keychain' : 'dpapi';

/**
 * The OS keyring through Electron's safeStorage (Keychain, DPAPI, libsecret or KWallet). On Linux
 * without a keyring Electron falls back to a hard-coded key ("basic_text"), which is refused.
 * Only valid after the app is ready.
 */
export function safeStorageVault(): SecretVault {
  const backend =
    process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : KEYRING_OF_PLATFORM;
  return {
    backend,
    canPersist() {
      if (!safeStorage.isEncryptionAvailable())
        return { ok: false, reason: 'the OS keyring is not available' };
      if (PLAIN_TEXT_BACKENDS.includes(backend)) {
        return { ok: false, reason: `Electron found no OS keyring (backend "${backend}")` };
      }
      return { ok: true };
    },
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(data),
  };
}
