import { MAX_PANEL_ID_LENGTH, panelIdFromTitle } from '../../../../shared/workspace/panelId';

/** The id of a panel whose title has no letter or digit, before it is made unique. */
const UNTITLED_ID = 'panel';

/** Hands out panel ids made from titles, unique in the dashboard: "latency", "latency-2", … */
export function panelIdAllocator(): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const base = panelIdFromTitle(title) || UNTITLED_ID;
    for (let count = 1; ; count += 1) {
      const suffix = count === 1 ? '' : `-${count}`;
      const id = `${base.slice(0, MAX_PANEL_ID_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  };
}
