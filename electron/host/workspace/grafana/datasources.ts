import { isJsonObject, type JsonObject, objectAt, objectsAt, stringAt } from './jsonFields';

/** Plugins that answer PromQL: Prometheus itself (and Mimir, Thanos, Cortex, which use it) and Amazon's managed one. */
const PROMQL_PLUGINS = new Set(['prometheus', 'grafana-amazonprometheus-datasource']);

/** Grafana's own pseudo data sources, by the name or uid a panel refers to them with. */
const PSEUDO_SOURCES: Readonly<Record<string, string>> = {
  '-- Mixed --': 'mixed',
  '-- Grafana --': 'grafana',
  grafana: 'grafana',
  '-- Dashboard --': 'dashboard',
};

/** `${DS_PROMETHEUS}` or `$datasource`: a data source chosen by a variable. */
const VARIABLE_REFERENCE = /^\$\{?(\w+)\}?$/;

/**
 * What a panel's or query's data source is: a plugin id such as "prometheus" or "loki", "mixed"
 * (each query names its own), or null when the file does not say (the default data source, a
 * name, a variable it does not define), which is taken to be Prometheus.
 */
export type DatasourceKind = string | null;

export type DatasourceResolver = (reference: unknown) => DatasourceKind;

/** The plugin a variable stands for: an export's `__inputs` entry, or a `datasource` template variable. */
function variablePlugins(dashboard: JsonObject): Map<string, string> {
  const plugins = new Map<string, string>();
  for (const input of objectsAt(dashboard, '__inputs')) {
    const name = stringAt(input, 'name');
    const plugin = stringAt(input, 'pluginId');
    if (name && plugin && stringAt(input, 'type') === 'datasource') plugins.set(name, plugin);
  }
  for (const variable of objectsAt(objectAt(dashboard, 'templating'), 'list')) {
    const name = stringAt(variable, 'name');
    const plugin = stringAt(variable, 'query');
    if (name && plugin && stringAt(variable, 'type') === 'datasource') plugins.set(name, plugin);
  }
  return plugins;
}

/** Reads data source references as Grafana writes them: a name or variable (before 8.3) or `{ type, uid }`. */
export function datasourceResolver(dashboard: JsonObject): DatasourceResolver {
  const plugins = variablePlugins(dashboard);
  const byName = (name: string): DatasourceKind => {
    const variable = VARIABLE_REFERENCE.exec(name)?.[1];
    if (variable !== undefined) return plugins.get(variable) ?? null;
    return PSEUDO_SOURCES[name] ?? null;
  };
  return (reference) => {
    if (typeof reference === 'string') return byName(reference);
    if (!isJsonObject(reference)) return null;
    const type = stringAt(reference, 'type');
    const uid = stringAt(reference, 'uid');
    if (type === 'datasource' || type === undefined) return uid === undefined ? null : byName(uid);
    return VARIABLE_REFERENCE.test(type) ? byName(type) : type;
  };
}

/** Whether queries of this kind are PromQL; an unknown source is taken to be Prometheus. */
export function answersPromql(kind: DatasourceKind): boolean {
  return kind === null || PROMQL_PLUGINS.has(kind);
}
