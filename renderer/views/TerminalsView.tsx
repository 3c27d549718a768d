import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';
import { type ConnectionState, selectIsViewer } from '../state/connectionStore';
import { selectFindOpen } from '../state/findBarStore';
import { selectActionError, selectActiveId, selectTabs } from '../state/terminalsStore';
import { FindBar } from './terminals/FindBar';
import { NoTerminals } from './terminals/NoTerminals';
import { RendererSettingSelect } from './terminals/RendererSettingSelect';
import { TerminalPane } from './terminals/TerminalPane';
import { TerminalTabBar } from './terminals/TerminalTabBar';

/** Only a known operator sees the controls that act: not a viewer, nor a console not yet introduced. */
const selectCanOperate = (state: ConnectionState): boolean => state.role === 'operator';

/**
 * Tabs over the host's terminals. It stays mounted while other views show, so every xterm
 * keeps its screen; only its visibility changes.
 */
export function TerminalsView({ visible }: { visible: boolean }) {
  const { host, terminals, findBar } = useServices();
  const tabs = useStore(terminals, selectTabs);
  const activeId = useStore(terminals, selectActiveId);
  const actionError = useStore(terminals, selectActionError);
  const findOpen = useStore(findBar, selectFindOpen);
  const viewer = useStore(host.connection, selectIsViewer);
  const canOperate = useStore(host.connection, selectCanOperate);

  return (
    <section className="view terminals-view" aria-label="Terminals" hidden={!visible}>
      <div className="terminals-toolbar">
        <TerminalTabBar tabs={tabs} activeId={activeId} canOperate={canOperate} />
        <RendererSettingSelect />
      </div>
      {viewer && (
        <p className="read-only-note">
          Read-only: you can watch these terminals, but not type in them, open or close them.
        </p>
      )}
      {actionError && (
        <div className="action-error" role="alert">
          <span>{actionError}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => terminals.getState().setActionError(null)}
          >
            ×
          </button>
        </div>
      )}
      {findOpen && activeId !== null && <FindBar terminalId={activeId} />}
      <div className="terminal-panes">
        {tabs.map((tab) => (
          <TerminalPane
            key={tab.id}
            tab={tab}
            visible={visible && tab.id === activeId}
            canOperate={canOperate}
          />
        ))}
        {tabs.length === 0 && <NoTerminals canOperate={canOperate} />}
      </div>
    </section>
  );
}
