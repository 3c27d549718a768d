/** Panel ids name a panel in sign-off criteria, the journal and snapshots: lowercase, digits, dashes. */
export const PANEL_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** As long as a panel title, so an id made from one always fits. */
export const MAX_PANEL_ID_LENGTH = 80;

/** "P95 latency (s)" -> "p95-latency-s"; empty when the title has no letter or digit to keep. */
export function panelIdFromTitle(title: string): string {
  return (
    title
      .normalize('NFKD')
      // Accents come apart from their letters: "Réponse" keeps its e.
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/** A panel's id and where it comes from: its `id`, or else its `title`. */
export interface PanelIdEntry {
  id: string;
  path: (string | number)[];
}

function fieldOf(value: unknown, key: string | number): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Every panel's id in a dashboard section, in order, with its path under the section. Reads the
 * section as written or as parsed, valid or not, so checks across panels see every panel they can.
 */
export function panelIdsIn(dashboard: unknown): PanelIdEntry[] {
  const rows = fieldOf(dashboard, 'rows');
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row, rowIndex) => {
    const panels = fieldOf(row, 'panels');
    if (!Array.isArray(panels)) return [];
    return panels.flatMap((panel, panelIndex): PanelIdEntry[] => {
      const at = ['rows', rowIndex, 'panels', panelIndex];
      const id = fieldOf(panel, 'id');
      const title = fieldOf(panel, 'title');
      if (typeof id === 'string') return [{ id, path: [...at, 'id'] }];
      if (typeof title === 'string') return [{ id: panelIdFromTitle(title.trim()), path: [...at, 'title'] }];
      return [];
    });
  });
}
