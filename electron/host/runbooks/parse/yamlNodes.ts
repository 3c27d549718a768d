import { type Document, isMap, isScalar, type Node, parseDocument, Scalar } from 'yaml';

/** How runbook YAML (frontmatter, probes) is read: one-line errors, plain data only, nothing printed. */
export const RUNBOOK_YAML_OPTIONS = {
  prettyErrors: false,
  logLevel: 'silent',
  resolveKnownTags: false,
} as const;

/** A key of a YAML map with its value, both with their place in the text. */
export interface YamlEntry {
  key: string;
  keyNode: Node;
  valueNode: Node | null;
  /** The value as plain data. */
  value: unknown;
}

export function parseRunbookYaml(text: string): Document {
  return parseDocument(text, RUNBOOK_YAML_OPTIONS);
}

/** Where a node starts; `fallback` for a node yaml did not place. */
export function startOf(node: Node | null | undefined, fallback: number): number {
  return node?.range?.[0] ?? fallback;
}

/** Where a scalar's text begins, inside its quotes. */
export function textStartOf(node: Node | null | undefined, fallback: number): number {
  const start = startOf(node, fallback);
  const quoted = isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
  return quoted ? start + 1 : start;
}

/** The node as it is written in `text`, to find `$NAME`s at their place. */
export function sourceOf(
  text: string,
  node: Node | null | undefined,
): { offset: number; source: string } | null {
  const range = node?.range;
  return range ? { offset: range[0], source: text.slice(range[0], range[1]) } : null;
}

/** A node as plain data; aliases that expand without bound are refused by yaml and give null. */
export function plainValue(node: Node | null, document: Document): unknown {
  if (node === null) return null;
  try {
    return node.toJS(document, { maxAliasCount: 100 });
  } catch {
    return null;
  }
}

/** The entries of a YAML map whose keys are scalars, in order; null when the node is not a map. */
export function mapEntries(node: unknown, document: Document): YamlEntry[] | null {
  if (!isMap(node)) return null;
  return node.items.flatMap((pair) => {
    if (!isScalar(pair.key)) return [];
    const valueNode = (pair.value ?? null) as Node | null;
    return [
      { key: String(pair.key.value), keyNode: pair.key, valueNode, value: plainValue(valueNode, document) },
    ];
  });
}

/** Whether a scalar is a YAML block (`|` or `>`), which a bare `>` comparator starts by mistake. */
export function isBlockScalar(node: Node | null): boolean {
  return isScalar(node) && (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL);
}
