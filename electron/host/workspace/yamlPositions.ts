import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import type { PathSegment } from './problemPath';

/** 1-based, as editors count. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Point at the key (an unknown or misnamed key) or at its value (a bad value). */
export type PositionTarget = 'key' | 'value';

/** A character offset in the source as a line and column. */
export function lineColumnAt(lineCounter: LineCounter, offset: number): LineColumn {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

interface Step {
  /** The key that leads to `value`; absent for list items and the document's root. */
  key: Node | null;
  value: Node | null;
}

/** One step down: the pair under `segment` in a map, the item at `segment` in a list. */
function stepInto(node: Node | null, segment: PathSegment): Step | null {
  if (isMap(node)) {
    const pair = node.items.find(
      (item: Pair) => isScalar(item.key) && String(item.key.value) === String(segment),
    );
    return pair ? { key: pair.key as Node, value: pair.value as Node | null } : null;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? null : { key: null, value: item as Node | null };
  }
  return null;
}

/**
 * Where `path` is in the document. A path that ends before it is found (a missing key) is placed
 * at the last part that exists: the parent the key belongs in.
 */
export function positionOf(
  document: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
  target: PositionTarget,
): LineColumn {
  let found: Step = { key: null, value: document.contents as Node | null };
  let complete = true;
  for (const segment of path) {
    const next = stepInto(found.value, segment);
    if (!next) {
      complete = false;
      break;
    }
    found = next;
  }
  const preferKey = target === 'key' || !complete;
  const node = preferKey ? (found.key ?? found.value) : (found.value ?? found.key);
  const offset = node?.range?.[0];
  return offset === undefined ? { line: 1, column: 1 } : lineColumnAt(lineCounter, offset);
}
