import { dirname, join } from 'node:path';
import { formatProblem } from '../shared/workspace/workspaceTypes';
import type { OpenedJournal } from './host/journal/openJournalWithFallback';
import type { PdfPrinterChoice } from './host/report/export/pdf/pdfPrinter';
import { sandboxTargetFor } from './host/sandbox/control/sandboxTargetFor';
import { SecretStore } from './host/secrets/secretStore';
import type { SecretVault } from './host/secrets/secretVault';
import { WarroomHost } from './host/warroomHost';
import { WorkspaceService } from './host/workspace/workspaceService';
import type { PackageLayout } from './packageLayout';

/**
 * The host as the app and serve mode run it: the workspace loaded and watched (its problems
 * said, not fatal: the console still opens and shows them), the sandbox offered when the
 * workspace's environment has one. Secrets given to runs are remembered only through `vault`
 * (the desktop app's OS keyring); serve mode has none and keeps them in memory. The app prints
 * reports with Electron (`pdfPrinter`); serve mode with this machine's Chromium.
 */
export function createConsoleHost(
  layout: PackageLayout,
  workspace: string,
  journal: OpenedJournal,
  vault: SecretVault | null = null,
  pdfPrinter?: () => PdfPrinterChoice,
): WarroomHost {
  const workspaceService = new WorkspaceService(workspace);
  const load = workspaceService.firstLoad;
  if (!load.ok) for (const problem of load.problems) console.error(`warroom: ${formatProblem(problem)}`);
  return new WarroomHost({
    workspace,
    version: layout.version,
    journal,
    workspaceService,
    warroomCli: join(layout.root, 'bin', 'warroom.js'),
    secrets: new SecretStore({ vault, file: join(dirname(journal.journal.path), 'secrets.json') }),
    sandbox: { target: sandboxTargetFor(load, { script: layout.sandboxServiceEntry }) },
    ...(pdfPrinter ? { pdfPrinter } : {}),
  });
}
