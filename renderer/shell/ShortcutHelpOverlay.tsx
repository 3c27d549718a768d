import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';
import { SHORTCUTS, type Shortcut } from '../shortcuts/shortcutTable';
import { selectHelpOpen } from '../state/shortcutHelpStore';
import { ModalDialog } from './ModalDialog';

const GROUPS: readonly Shortcut['group'][] = ['Views', 'Terminals', 'Journal', 'Help'];

/** The shortcut table, as a modal over the console; it gives the focus back when it closes. */
export function ShortcutHelpOverlay() {
  const { shortcutHelp } = useServices();
  const open = useStore(shortcutHelp, selectHelpOpen);
  if (!open) return null;
  return (
    <ModalDialog heading="Keyboard shortcuts" onClose={() => shortcutHelp.getState().hide()}>
      {GROUPS.map((group) => (
        <section key={group} className="shortcut-group">
          <h3>{group}</h3>
          <dl className="shortcut-list">
            {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
              <div key={shortcut.keys} className="shortcut-row">
                <dt>
                  <kbd>{shortcut.keys}</kbd>
                </dt>
                <dd>{shortcut.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="help-footnote">
        These work while a terminal has the focus, except ? and Escape, which the shell receives.
      </p>
    </ModalDialog>
  );
}
