/** Grafana's template variables in PromQL, and what a warroom.yaml query has instead. */

/**
 * Grafana's built-in windows and the fixed value each becomes. Grafana works them out from the
 * time range and scrape interval; 1m covers four scrapes at Prometheus's default 15 s, and an
 * hour is a typical war-room view.
 */
const BUILT_IN_WINDOWS: Readonly<Record<string, string>> = {
  __rate_interval: '1m',
  __interval: '1m',
  __range: '1h',
};

/** `$name`, `${name}`, `${name:format}` and the legacy `[[name]]`, the forms Grafana substitutes. */
const VARIABLE = /\$([A-Za-z_]\w*)|\$\{([A-Za-z_]\w*)(?:[.:][^}]*)?\}|\[\[([A-Za-z_]\w*)(?::\w+)?\]\]/g;

export interface ResolvedExpr {
  expr: string;
  /** One line per built-in replaced: "$__rate_interval became 1m". */
  replaced: string[];
  /** The other variables, as written, left for the user to replace. */
  unresolved: string[];
}

/** The expression with Grafana's built-in windows made concrete; other variables are left in place. */
export function resolveTemplateVariables(expr: string): ResolvedExpr {
  const replaced = new Set<string>();
  const unresolved = new Set<string>();
  const resolved = expr.replace(VARIABLE, (written, plain?: string, braced?: string, legacy?: string) => {
    const name = plain ?? braced ?? legacy ?? '';
    const value = BUILT_IN_WINDOWS[name];
    if (value === undefined) {
      unresolved.add(written);
      return written;
    }
    replaced.add(`${written} became ${value}`);
    return value;
  });
  return { expr: resolved, replaced: [...replaced], unresolved: [...unresolved] };
}
