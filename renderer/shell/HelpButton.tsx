import { useServices } from '../app/servicesContext';
import { keysFor } from '../shortcuts/shortcutTable';

/** Opens the shortcut overlay for those who reach for the mouse first. */
export function HelpButton() {
  const { shortcutHelp } = useServices();
  const keys = keysFor((action) => action.type === 'toggle-help');
  return (
    <button
      type="button"
      className="help-button"
      aria-label="Keyboard shortcuts"
      title={`Keyboard shortcuts (${keys} or ?)`}
      onClick={() => shortcutHelp.getState().toggle()}
    >
      ?
    </button>
  );
}
