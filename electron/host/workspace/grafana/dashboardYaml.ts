import { Document, isMap, isScalar, Scalar, visit } from 'yaml';
import type { ImportedDashboard } from './importedDashboard';

/** PromQL reads best on one line, however long; yaml would fold it at 80 columns. */
const NO_LINE_FOLDING = 0;

/**
 * The section as warroom.yaml text, written as docs/workspace.md writes it: `dashboard:` at the
 * top, each target on one line, its comparator quoted (a bare `>` would start a YAML block).
 */
export function dashboardYaml(dashboard: ImportedDashboard, source: string): string {
  const document = new Document({ dashboard });
  document.commentBefore = ` Converted from ${source} by warroom import grafana.`;
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === 'target' && isMap(pair.value)) pair.value.flow = true;
      if (key === 'comparator' && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_SINGLE;
    },
  });
  return document.toString({ lineWidth: NO_LINE_FOLDING, singleQuote: true });
}
