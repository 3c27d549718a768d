import { MAX_QUERIES_PER_PANEL } from '../../../../shared/workspace/panelSchema';
import { answersPromql, type DatasourceKind, type DatasourceResolver } from './datasources';
import type { ImportedQuery, ImportNotes } from './importedDashboard';
import { type JsonObject, stringAt } from './jsonFields';
import { resolveTemplateVariables } from './templateVariables';

/** Grafana's legend values that mean "name the series yourself": Warroom's default, no legend. */
const AUTOMATIC_LEGENDS = new Set(['', '__auto']);

export interface QueryContext {
  /** The panel's title, naming it in the report. */
  panel: string;
  /** The panel's data source; "mixed" when each query names its own. */
  panelSource: DatasourceKind;
  resolveSource: DatasourceResolver;
  notes: ImportNotes;
}

function queryLegend(target: JsonObject): string | undefined {
  const legend = stringAt(target, 'legendFormat')?.trim() ?? '';
  return AUTOMATIC_LEGENDS.has(legend) ? undefined : legend;
}

/** Why a target cannot be a Warroom query, or null when it can. */
function unusableBecause(target: JsonObject, context: QueryContext): string | null {
  if (target.hide === true) return 'hidden in Grafana';
  const source =
    target.datasource === undefined ? context.panelSource : context.resolveSource(target.datasource);
  if (source !== 'mixed' && !answersPromql(source)) return `its data source is ${source}, not Prometheus`;
  if (!stringAt(target, 'expr')?.trim()) return 'it has no PromQL expression';
  return null;
}

/** A panel's `targets` as Warroom queries; what is left out is noted, built-in windows made concrete. */
export function convertQueries(targets: JsonObject[], context: QueryContext): ImportedQuery[] {
  const { panel, notes } = context;
  const queries: ImportedQuery[] = [];
  for (const [index, target] of targets.entries()) {
    const label = `query ${stringAt(target, 'refId') ?? index + 1}`;
    const unusable =
      unusableBecause(target, context) ??
      (queries.length === MAX_QUERIES_PER_PANEL
        ? `a Warroom panel holds at most ${MAX_QUERIES_PER_PANEL} queries`
        : null);
    if (unusable !== null) {
      notes.skipped.push({ panel, reason: `${label}: ${unusable}` });
      continue;
    }
    const resolved = resolveTemplateVariables(stringAt(target, 'expr')?.trim() ?? '');
    for (const replaced of resolved.replaced) notes.warnings.push(`"${panel}": ${label}: ${replaced}`);
    for (const variable of resolved.unresolved) {
      notes.warnings.push(`"${panel}": ${label}: ${variable} is a Grafana variable; replace it with a value`);
    }
    const legend = queryLegend(target);
    queries.push({ expr: resolved.expr, ...(legend === undefined ? {} : { legend }) });
  }
  return queries;
}
