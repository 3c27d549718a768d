import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { PrometheusNotInstalledError } from './prometheusErrors';

/** The executable to run: `binary` when it is a path, else the first match on PATH. */
export async function findPrometheusBinary(
  binary = 'prometheus',
  path = process.env.PATH ?? '',
): Promise<string> {
  const candidates =
    binary.includes('/') || isAbsolute(binary)
      ? [binary]
      : path
          .split(delimiter)
          .filter(Boolean)
          .map((folder) => join(folder, binary));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here; try the next folder.
    }
  }
  throw new PrometheusNotInstalledError(binary);
}
