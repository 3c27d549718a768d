import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyVerdict } from '../../shared/verifyTypes';
import { secretFromProcessEnvironment } from '../host/metrics/dashboard/datasourceCredentials';
import { UnknownEnvironmentError, verifyEnvironment } from '../host/metrics/verify/verifyEnvironment';
import { formatVerifyTable } from '../host/metrics/verify/verifyTable';
import { loadWorkspace } from '../host/workspace/workspaceLoader';
import type { PackageLayout } from '../packageLayout';

/** The exit code of a command line that makes no sense (unknown option, unknown environment). */
const USAGE_EXIT_CODE = 2;

export const VERIFY_USAGE = `warroom verify [--workspace DIR] [--env E]

  Checks that an environment is ready for a test day: the workspace file loads, Prometheus is
  ready, every panel's queries return data, alert rules are loaded, scrape targets are up and
  health endpoints say UP. Prints a table; exits 0 when every check passes, 1 when one fails,
  2 on a bad command line.
  --workspace DIR   the workspace folder (default: the shipped runbooks/)
  --env E           the environment to check (default: the workspace's defaultEnvironment)
  Prometheus's credentials are the environment's secrets, each read from the environment
  variable of the same name.`;

export async function verifyCommand(args: string[], layout: PackageLayout): Promise<number> {
  let values: { workspace?: string; env?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        workspace: { type: 'string' },
        env: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(VERIFY_USAGE);
    return 0;
  }
  const load = loadWorkspace(resolve(values.workspace ?? layout.defaultWorkspace));
  const target = load.ok
    ? { file: load.file, workspace: load.workspace, problems: [] }
    : { file: load.file, workspace: null, problems: load.problems };
  try {
    const report = await verifyEnvironment(target, values.env, { secret: secretFromProcessEnvironment });
    console.log(
      formatVerifyTable(report, { colour: process.stdout.isTTY === true && !process.env.NO_COLOR }),
    );
    console.log(`\n${verifyVerdict(report)}`);
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof UnknownEnvironmentError) return usageError(`--env: ${error.message}`);
    throw error;
  }
}

function usageError(message: string): number {
  console.error(`warroom verify: ${message}\n\n${VERIFY_USAGE}`);
  return USAGE_EXIT_CODE;
}
