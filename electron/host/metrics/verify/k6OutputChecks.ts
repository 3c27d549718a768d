import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { VerifyCheck } from '../../../../shared/verifyTypes';
import type { Environment, Panel } from '../../../../shared/workspace/workspaceTypes';

/**
 * A row per k6 panel fed from k6's JSON output: the environment names the file (else it fails, saying
 * what to set), and k6 can write it. A file not there yet passes with that said, since k6 writes it
 * only once the test starts; a missing folder or a path that is not a file fails. No row when no k6
 * panel reads the JSON output.
 */
export function k6OutputChecks(environment: Environment, panels: readonly Panel[]): Promise<VerifyCheck[]> {
  const fed = panels.filter((panel) => panel.k6?.source === 'json');
  const output = environment.k6?.jsonOutput ?? null;
  return Promise.all(
    fed.map(async ({ id }): Promise<VerifyCheck> => {
      const check = `Panel ${id} k6 output`;
      if (output === null) {
        return {
          check,
          status: 'fail',
          detail:
            `panel ${id} draws k6's JSON output, but environment ${environment.name} names none; ` +
            `set environments.${environment.name}.k6.jsonOutput to the file of k6 run --out json=<file>`,
        };
      }
      return { check, ...(await outputFileState(output)) };
    }),
  );
}

async function outputFileState(file: string): Promise<Omit<VerifyCheck, 'check'>> {
  const found = await statOrNull(file);
  if (found instanceof Error) return { status: 'fail', detail: `${file}: ${found.message}` };
  if (found === null) {
    const folder = await statOrNull(dirname(file));
    if (folder instanceof Error) return { status: 'fail', detail: `${file}: ${folder.message}` };
    if (folder === null || !folder.isDirectory()) {
      return {
        status: 'fail',
        detail: `${file}: its folder ${dirname(file)} does not exist, so k6 cannot write it`,
      };
    }
    return { status: 'pass', detail: `${file}: k6 has not written it yet; it does when the test starts` };
  }
  if (!found.isFile()) return { status: 'fail', detail: `${file} is not a file k6 can write to` };
  return { status: 'pass', detail: `${file} exists` };
}

/** The file's stat; null when it does not exist; the error when it cannot be looked at. */
async function statOrNull(path: string): Promise<Awaited<ReturnType<typeof stat>> | null | Error> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    return error instanceof Error ? error : new Error(String(error));
  }
}
