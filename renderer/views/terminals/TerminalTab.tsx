import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useServices } from '../../app/servicesContext';
import { keysFor } from '../../shortcuts/shortcutTable';
import { hasExited, type TerminalTab as Tab } from '../../state/terminalsStore';
import { describeExit, describeExitBriefly, exitedCleanly } from '../../terminals/exitDescription';

interface TerminalTabProps {
  tab: Tab;
  active: boolean;
  canOperate: boolean;
}

/** One terminal's tab: its title, whether its process has ended, and (for operators) a close button. */
export function TerminalTab({ tab, active, canOperate }: TerminalTabProps) {
  const { terminals, terminalController } = useServices();
  const exited = hasExited(tab);
  const element = useRef<HTMLDivElement>(null);
  // A tab opened or chosen beyond the strip's edge is brought into sight.
  useEffect(() => {
    if (active) element.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  const select = () => {
    terminals.getState().activate(tab.id);
    if (active) terminalController.view(tab.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    select();
  };
  return (
    <div
      ref={element}
      role="tab"
      className={`terminal-tab${exited ? ' terminal-tab-exited' : ''}`}
      data-testid="terminal-tab"
      data-terminal-id={tab.id}
      data-exited={exited ? 'true' : undefined}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      onClick={select}
      onKeyDown={onKeyDown}
    >
      <span className="terminal-tab-title">{tab.title}</span>
      {tab.exitCode !== null && (
        <span
          className={`terminal-tab-exit${exitedCleanly(tab.exitCode, tab.signal) ? ' terminal-tab-exit-ok' : ''}`}
          data-testid="terminal-tab-exit"
          title={describeExit(tab.exitCode, tab.signal)}
        >
          {describeExitBriefly(tab.exitCode, tab.signal)}
        </span>
      )}
      {canOperate && (
        <button
          type="button"
          className="terminal-tab-close"
          aria-label={`Close ${tab.title}`}
          title={`Close (${keysFor((action) => action.type === 'close-terminal')})`}
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            void terminalController.closeTerminal(tab.id);
          }}
        >
          ×
        </button>
      )}
    </div>
  );
}
