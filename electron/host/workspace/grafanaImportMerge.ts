import { isMap, isNode, isSeq, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { MAX_PANEL_ID_LENGTH } from '../../../shared/workspace/panelId';
import type { ImportedRow } from './grafana/importedDashboard';

/** How an imported panel's id was changed because warroom.yaml already has a panel with that id. */
export interface PanelIdChange {
  from: string;
  to: string;
}

/**
 * The imported rows with every id that `existing` already holds made unique by a suffix: "latency"
 * becomes "latency-2", or "latency-3" when that is taken too (by the file or by the import itself).
 */
export function withUniquePanelIds(
  rows: readonly ImportedRow[],
  existing: Iterable<string>,
): { rows: ImportedRow[]; changes: PanelIdChange[] } {
  const clashing = new Set(existing);
  const taken = new Set([...clashing, ...rows.flatMap((row) => row.panels.map((panel) => panel.id))]);
  const changes: PanelIdChange[] = [];
  const unique = (id: string): string => {
    if (!clashing.has(id)) return id;
    for (let count = 2; ; count += 1) {
      const suffix = `-${count}`;
      const candidate = `${id.slice(0, MAX_PANEL_ID_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
      if (taken.has(candidate)) continue;
      taken.add(candidate);
      changes.push({ from: id, to: candidate });
      return candidate;
    }
  };
  return {
    rows: rows.map((row) => ({
      ...row,
      panels: row.panels.map((panel) => ({ ...panel, id: unique(panel.id) })),
    })),
    changes,
  };
}

/** Options that keep the file as written: PromQL is never folded at 80 columns. */
const STRINGIFY_OPTIONS = { lineWidth: 0 } as const;

/**
 * warroom.yaml's text with an imported `dashboard:` section merged in, through yaml's Document
 * API so comments, order and the rest of the file stay. `sectionYaml` is the section as
 * `warroom import grafana` prints it. Without a dashboard the section is added at the end; with
 * one, the section's rows are appended to its rows. `note` is written as a comment above what
 * was added.
 */
export function mergeDashboardSection(fileText: string, sectionYaml: string, note: string): string {
  const section = parseDocument(sectionYaml).get('dashboard', true);
  if (!isMap(section)) throw new Error('the converted section has no dashboard: map');
  const document = parseDocument(fileText);
  const dashboard = document.get('dashboard', true);
  if (isMap(dashboard)) {
    appendRows(dashboard, section, note);
  } else {
    const pair = document.createPair('dashboard', section);
    const key = pair.key as Scalar;
    key.commentBefore = ` ${note}`;
    key.spaceBefore = true;
    document.add(pair);
  }
  return document.toString(STRINGIFY_OPTIONS);
}

function appendRows(dashboard: YAMLMap, section: YAMLMap, note: string): void {
  const rows = dashboard.get('rows', true);
  const added = section.get('rows', true);
  if (!isSeq(rows) || !isSeq(added)) throw new Error('dashboard.rows is not a list');
  const [first] = added.items;
  if (isNode(first)) first.commentBefore = ` ${note}`;
  rows.items.push(...added.items);
}
