import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';
import { keysFor } from '../shortcuts/shortcutTable';
import { selectView } from '../state/navigationStore';
import { VIEWS } from '../views/viewCatalog';

/** The row of views; the current one is marked for screen readers and eyes alike. */
export function NavBar() {
  const { navigation } = useServices();
  const current = useStore(navigation, selectView);
  return (
    <nav className="nav" aria-label="Views">
      {VIEWS.map((view) => {
        const keys = keysFor((action) => action.type === 'show-view' && action.view === view.id);
        return (
          <button
            key={view.id}
            type="button"
            className="nav-button"
            data-testid={`nav-${view.id}`}
            aria-current={view.id === current ? 'page' : undefined}
            title={keys ? `${view.label} (${keys})` : view.label}
            onClick={() => navigation.getState().show(view.id)}
          >
            {view.label}
          </button>
        );
      })}
    </nav>
  );
}
