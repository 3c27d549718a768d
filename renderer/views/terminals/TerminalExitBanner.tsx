import { useServices } from '../../app/servicesContext';
import type { TerminalTab } from '../../state/terminalsStore';
import { describeExit, exitedCleanly } from '../../terminals/exitDescription';

/** Says in the pane that the process has ended; the output above stays readable until the tab closes. */
export function TerminalExitBanner({ tab, canOperate }: { tab: TerminalTab; canOperate: boolean }) {
  const { terminalController } = useServices();
  if (tab.exitCode === null) return null;
  return (
    <div
      className={`terminal-exit${exitedCleanly(tab.exitCode, tab.signal) ? '' : ' terminal-exit-failed'}`}
      data-testid="terminal-exit"
      role="status"
    >
      <span>{describeExit(tab.exitCode, tab.signal)}</span>
      {canOperate && (
        <button type="button" onClick={() => void terminalController.closeTerminal(tab.id)}>
          Close tab
        </button>
      )}
    </div>
  );
}
