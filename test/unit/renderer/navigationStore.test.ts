import { describe, expect, it } from 'vitest';
import {
  createNavigationStore,
  selectIsTerminalsView,
  selectView,
} from '../../../renderer/state/navigationStore';
import { VIEW_IDS, VIEWS } from '../../../renderer/views/viewCatalog';

describe('navigation store', () => {
  it('opens on the dashboard and switches views', () => {
    const store = createNavigationStore();
    expect(selectView(store.getState())).toBe('dashboard');
    store.getState().show('terminals');
    expect(selectIsTerminalsView(store.getState())).toBe(true);
  });
});

describe('view catalog', () => {
  it('lists the six views in navigation order', () => {
    expect(VIEW_IDS).toEqual(['dashboard', 'runbooks', 'terminals', 'journal', 'report', 'rehearsal']);
    expect(VIEWS.map((view) => view.id)).toEqual([...VIEW_IDS]);
  });
});
