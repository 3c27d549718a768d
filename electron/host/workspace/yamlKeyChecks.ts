import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { dottedPath, type PathSegment } from './problemPath';
import { type LineColumn, lineColumnAt } from './yamlPositions';

export interface KeyProblem extends LineColumn {
  path: string;
  message: string;
}

/**
 * Keys YAML accepts but a workspace cannot: a key given twice (YAML would keep only the last,
 * silently) and a key that is a list or map.
 */
export function keyProblems(document: Document, lineCounter: LineCounter): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const visit = (node: unknown, path: PathSegment[]) => {
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        visit(item, [...path, index]);
      });
    }
    if (!isMap(node)) return;
    const firstLines = new Map<string, number>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const at = lineColumnAt(lineCounter, key?.range?.[0] ?? 0);
      if (!isScalar(key)) {
        problems.push({
          ...at,
          path: dottedPath(path),
          message: 'a key must be a plain name, not a list or map',
        });
        continue;
      }
      const name = String(key.value);
      const firstLine = firstLines.get(name);
      if (firstLine !== undefined) {
        problems.push({
          ...at,
          path: dottedPath([...path, name]),
          message: `duplicate key; first given on line ${firstLine}`,
        });
      } else {
        firstLines.set(name, at.line);
      }
      visit(pair.value, [...path, name]);
    }
  };
  visit(document.contents, []);
  return problems;
}
