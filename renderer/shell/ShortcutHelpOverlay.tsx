import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';
import { SHORTCUTS, type Shortcut } from '../shortcuts/shortcutTable';
import { selectHelpOpen } from '../state/shortcutHelpStore';

const GROUPS: readonly Shortcut['group'][] = ['Views', 'Terminals', 'Journal', 'Help'];

/** The shortcut table, as a modal over the console; it gives the focus back when it closes. */
export function ShortcutHelpOverlay() {
  const { shortcutHelp } = useServices();
  const open = useStore(shortcutHelp, selectHelpOpen);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement;
    closeButton.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [open]);

  if (!open) return null;
  const hide = () => shortcutHelp.getState().hide();
  return (
    <div className="overlay-backdrop">
      <div className="help-dialog" role="dialog" aria-modal="true" aria-labelledby="shortcut-help-title">
        <div className="help-dialog-heading">
          <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
          <button ref={closeButton} type="button" className="icon-button" aria-label="Close" onClick={hide}>
            ×
          </button>
        </div>
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
      </div>
    </div>
  );
}
