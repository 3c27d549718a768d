import type { K6ImportedCheck } from './k6SummaryTypes';
import { isObject, type JsonObject, readCheck } from './summaryFields';

/** Scripts nest groups a few levels deep; past this the file is not k6's and the rest is skipped. */
const MAX_GROUP_DEPTH = 64;

/**
 * The checks of a `root_group`, depth first, each group's own checks before its subgroups' (k6's order).
 * handleSummary data lists groups and checks in arrays, `--summary-export` in objects keyed by name;
 * both are read.
 */
export function checksOfRootGroup(rootGroup: unknown): K6ImportedCheck[] {
  const checks: K6ImportedCheck[] = [];
  if (isObject(rootGroup)) collectChecks(rootGroup, 0, checks);
  return checks;
}

function collectChecks(group: JsonObject, depth: number, into: K6ImportedCheck[]): void {
  const groupPath = typeof group.path === 'string' ? group.path : '';
  for (const source of membersOf(group.checks)) {
    const name = isObject(source) && typeof source.name === 'string' ? source.name : '';
    const check = readCheck(source, `${groupPath}::${name}`);
    if (check) into.push(check);
  }
  if (depth + 1 >= MAX_GROUP_DEPTH) return;
  for (const child of membersOf(group.groups)) {
    if (isObject(child)) collectChecks(child, depth + 1, into);
  }
}

function membersOf(collection: unknown): unknown[] {
  if (Array.isArray(collection)) return collection;
  return isObject(collection) ? Object.values(collection) : [];
}
