import { answersPromql, type DatasourceResolver } from './datasources';
import type { ImportedPanel, ImportNotes } from './importedDashboard';
import { type JsonObject, objectsAt, stringAt } from './jsonFields';
import { panelDisplay } from './panelDisplay';
import { convertQueries } from './queryConversion';

/** Grafana panel types that chart or show a PromQL value over time; `graph` is timeseries before Grafana 7. */
const CONVERTIBLE_TYPES = ['timeseries', 'graph', 'stat', 'gauge', 'bargauge'];

export interface PanelContext {
  resolveSource: DatasourceResolver;
  notes: ImportNotes;
}

/** Why a panel cannot be converted at all, before its queries are read; null when it may be. */
function unconvertibleBecause(panel: JsonObject, context: PanelContext): string | null {
  const type = stringAt(panel, 'type');
  if (type === undefined && panel.libraryPanel !== undefined) {
    return 'a library panel whose model is not in this file; export the dashboard "for sharing externally"';
  }
  if (type === undefined || !CONVERTIBLE_TYPES.includes(type)) {
    return `a ${type ?? 'typeless'} panel; only ${CONVERTIBLE_TYPES.join(', ')} panels are converted`;
  }
  const source = context.resolveSource(panel.datasource);
  if (source !== 'mixed' && !answersPromql(source)) return `its data source is ${source}, not Prometheus`;
  if (objectsAt(panel, 'targets').length === 0) return 'it has no queries';
  return null;
}

/** One Grafana panel titled `title` as a Warroom panel without its id, or null (noted as skipped). */
export function convertPanel(
  panel: JsonObject,
  title: string,
  context: PanelContext,
): Omit<ImportedPanel, 'id'> | null {
  const { notes } = context;
  const unconvertible = unconvertibleBecause(panel, context);
  if (unconvertible !== null) {
    notes.skipped.push({ panel: title, reason: unconvertible });
    return null;
  }
  const queries = convertQueries(objectsAt(panel, 'targets'), {
    panel: title,
    panelSource: context.resolveSource(panel.datasource),
    resolveSource: context.resolveSource,
    notes,
  });
  if (queries.length === 0) {
    notes.skipped.push({ panel: title, reason: 'none of its queries could be converted' });
    return null;
  }
  const { target, ...display } = panelDisplay(panel, stringAt(panel, 'type') ?? '', title, notes);
  return {
    title,
    ...display,
    queries: target ? queries.map((query) => ({ ...query, target })) : queries,
  };
}
