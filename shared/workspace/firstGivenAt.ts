import { z } from 'zod';

type PathSegment = string | number;

const firstGivenAtSchema = z.object({
  firstGivenAt: z.object({ levelsUp: z.int().min(0), path: z.array(z.union([z.string(), z.number()])) }),
});

/**
 * Params for a custom issue about something given twice, naming where the first one is. Both
 * paths are relative to the schema raising the issue, which does not know where it sits in the
 * file; the loader resolves the first's path from the issue's own and adds its line.
 */
export function firstGivenAtParams(issuePath: PathSegment[], firstPath: PathSegment[]) {
  return { firstGivenAt: { levelsUp: issuePath.length, path: firstPath } };
}

/** The first one's full path in the file, for an issue raised with firstGivenAtParams; else null. */
export function firstGivenAtPath(issuePath: readonly PathSegment[], params: unknown): PathSegment[] | null {
  const parsed = firstGivenAtSchema.safeParse(params);
  if (!parsed.success) return null;
  const { levelsUp, path } = parsed.data.firstGivenAt;
  return [...issuePath.slice(0, issuePath.length - levelsUp), ...path];
}
