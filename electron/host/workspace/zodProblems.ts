import type { z } from 'zod';
import { didYouMean } from '../../../shared/workspace/didYouMean';
import { firstGivenAtPath } from '../../../shared/workspace/firstGivenAt';
import { dottedPath, type PathSegment } from './problemPath';
import { knownKeysAt } from './schemaKeys';
import type { PositionTarget } from './yamlPositions';

/** A schema problem, with where in the document to point. */
export interface LocatedIssue {
  path: PathSegment[];
  target: PositionTarget;
  message: string;
  /** For something given twice: where the first one is. */
  firstGivenAt: PathSegment[] | null;
}

function segments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

/** Whether the data has a value at `path`; a problem about an absent one is about a missing key. */
function isPresent(data: unknown, path: readonly PathSegment[]): boolean {
  let node = data;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return true;
}

function unknownKeyMessage(key: string, parent: readonly PathSegment[], known: readonly string[]): string {
  const suggestion = didYouMean(key, known);
  if (suggestion) return `unknown key; did you mean "${suggestion}"?`;
  const where = parent.length > 0 ? dottedPath(parent) : 'the top level';
  return known.length > 0 ? `unknown key; ${where} takes ${known.join(', ')}` : 'unknown key';
}

/** zod's issues as problems a person can act on: one per unknown key, each pointed at its key. */
export function locateIssues(
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
): LocatedIssue[] {
  return issues.flatMap((issue): LocatedIssue[] => {
    const path = segments(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        target: 'key',
        message: unknownKeyMessage(key, path, known),
        firstGivenAt: null,
      }));
    }
    if (issue.code === 'invalid_key') {
      return [
        { path, target: 'key', message: issue.issues[0]?.message ?? issue.message, firstGivenAt: null },
      ];
    }
    if (!isPresent(data, path)) {
      // A field's own check on an absent value means it is required; a cross-field check says why itself.
      const ownCheck = issue.code === 'invalid_type' || issue.code === 'invalid_value';
      const message = ownCheck ? 'required, but missing' : issue.message;
      return [{ path, target: 'key', message, firstGivenAt: null }];
    }
    const firstGivenAt = issue.code === 'custom' ? firstGivenAtPath(path, issue.params) : null;
    return [{ path, target: 'value', message: issue.message, firstGivenAt }];
  });
}
