import type { TerminalId } from '../../../shared/terminalTypes';
import { useServices } from '../../app/servicesContext';
import { keysFor } from '../../shortcuts/shortcutTable';
import type { TerminalTab as Tab } from '../../state/terminalsStore';
import { TerminalTab } from './TerminalTab';

interface TerminalTabBarProps {
  tabs: readonly Tab[];
  activeId: TerminalId | null;
  canOperate: boolean;
}

export function TerminalTabBar({ tabs, activeId, canOperate }: TerminalTabBarProps) {
  const { terminalController } = useServices();
  return (
    <div className="terminal-tab-bar">
      <div className="terminal-tabs" role="tablist" aria-label="Terminals">
        {tabs.map((tab) => (
          <TerminalTab key={tab.id} tab={tab} active={tab.id === activeId} canOperate={canOperate} />
        ))}
      </div>
      {canOperate && (
        <button
          type="button"
          className="new-terminal"
          data-testid="new-terminal"
          aria-label="New terminal"
          title={`New terminal (${keysFor((action) => action.type === 'new-terminal')})`}
          onClick={() => void terminalController.createTerminal()}
        >
          +
        </button>
      )}
    </div>
  );
}
