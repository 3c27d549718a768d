import { useLayoutEffect, useRef } from 'react';
import { useServices } from '../../app/servicesContext';
import type { TerminalTab } from '../../state/terminalsStore';
import { TerminalExitBanner } from './TerminalExitBanner';

interface TerminalPaneProps {
  tab: TerminalTab;
  visible: boolean;
  canOperate: boolean;
}

/**
 * Holds one terminal's xterm. Hidden panes keep their xterm (and its scrollback); a pane that
 * shows again refits it to the box.
 */
export function TerminalPane({ tab, visible, canOperate }: TerminalPaneProps) {
  const { terminalController, findBar } = useServices();
  const box = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (box.current) terminalController.view(tab.id)?.mount(box.current);
  }, [terminalController, tab.id]);

  useLayoutEffect(() => {
    const view = terminalController.view(tab.id);
    if (!view) return;
    if (!visible) {
      view.hide();
      return;
    }
    view.show();
    if (!findBar.getState().open) view.focus();
  }, [terminalController, findBar, tab.id, visible]);

  return (
    <div className="terminal-pane" data-testid="terminal-pane" data-terminal-id={tab.id} hidden={!visible}>
      <div className="terminal-screen-box" ref={box} />
      <TerminalExitBanner tab={tab} canOperate={canOperate} />
    </div>
  );
}
