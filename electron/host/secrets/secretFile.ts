import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** Only the user who runs Warroom may read the file, although its values are encrypted. */
const SECRET_FILE_MODE = 0o600;
const SECRET_FOLDER_MODE = 0o700;

/** The remembered secrets on disk: each value encrypted by the vault, base64. */
const secretFileSchema = z.object({
  version: z.literal(1),
  backend: z.string(),
  secrets: z.record(z.string(), z.string()),
});
export type SecretFileContent = z.infer<typeof secretFileSchema>;

/** The file's content; null when there is none yet. A file that is not ours is an error naming it. */
export function readSecretFile(path: string): SecretFileContent | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${path}: not a Warroom secrets file (it is not JSON)`);
  }
  const checked = secretFileSchema.safeParse(parsed);
  if (!checked.success)
    throw new Error(`${path}: not a Warroom secrets file (${checked.error.issues[0]?.message})`);
  return checked.data;
}

/** Writes the whole file at once (a temporary file renamed over it), readable by its owner only. */
export function writeSecretFile(path: string, content: SecretFileContent): void {
  mkdirSync(dirname(path), { recursive: true, mode: SECRET_FOLDER_MODE });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: SECRET_FILE_MODE });
  // The mode given to writeFileSync is masked by the umask and ignored for an existing file.
  chmodSync(temporary, SECRET_FILE_MODE);
  renameSync(temporary, path);
}
