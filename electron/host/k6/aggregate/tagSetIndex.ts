/** The tags a load test is sliced by (issue 7); `name` falls back to `url` when a point has no name. */
export const TAG_SET_TAGS = ['status', 'name', 'method', 'scenario', 'group', 'expected_response', 'check'];
/** Tag sets kept per metric: a script tagging by unique URL would otherwise grow without bound. */
export const MAX_TAG_SETS_PER_METRIC = 200;
/** Frozen tags objects remembered per metric before the memo starts over (several objects may share a set). */
const MAX_MEMOIZED_TAG_OBJECTS = 4 * MAX_TAG_SETS_PER_METRIC;

export interface TagSetEntry<T> {
  /** The tags of TAG_SET_TAGS the first point of the set carried (`url` in place of a missing `name`). */
  tags: Record<string, string>;
  aggregate: T;
}

/** One level of the lookup tree per tag of TAG_SET_TAGS, so finding a set allocates nothing. */
interface TagLevel<T> {
  children: Map<string, TagLevel<T>>;
  entry?: TagSetEntry<T>;
}

/** The point's values of TAG_SET_TAGS in their order, read by name: faster than `tags[key]` in a loop. */
function readTagValues(tags: Record<string, string>, into: string[]): void {
  into[0] = tags.status ?? '';
  into[1] = tags.name ?? tags.url ?? '';
  into[2] = tags.method ?? '';
  into[3] = tags.scenario ?? '';
  into[4] = tags.group ?? '';
  into[5] = tags.expected_response ?? '';
  into[6] = tags.check ?? '';
}

function pickTags(tags: Record<string, string>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of TAG_SET_TAGS) {
    const value = tags[key];
    if (value !== undefined) picked[key] = value;
  }
  if (picked.name === undefined && tags.url !== undefined) picked.url = tags.url;
  return picked;
}

/**
 * A metric's aggregates per tag set, at most MAX_TAG_SETS_PER_METRIC of them: points of a set past
 * the cap are only counted in `overflowPoints`. A missing tag and an empty one fall in the same set.
 */
export class TagSetIndex<T> {
  private readonly root: TagLevel<T> = { children: new Map() };
  /** Reused for every point, so that finding a set allocates nothing. */
  private readonly values = TAG_SET_TAGS.map(() => '');
  readonly entries: TagSetEntry<T>[] = [];
  /**
   * The set of each frozen tags object seen: the output reader shares one frozen object per tag
   * set, so one identity look-up replaces the walk. Frozen objects only, as they cannot change.
   */
  private readonly byFrozenTags = new Map<Record<string, string>, TagSetEntry<T>>();
  overflowPoints = 0;

  constructor(private readonly create: () => T) {}

  /** The aggregate of the point's tag set, created on first sight; undefined past the cap. */
  find(tags: Record<string, string>): T | undefined {
    const known = this.byFrozenTags.get(tags);
    if (known !== undefined) return known.aggregate;
    const entry = this.walk(tags);
    if (entry !== undefined && Object.isFrozen(tags)) {
      if (this.byFrozenTags.size >= MAX_MEMOIZED_TAG_OBJECTS) this.byFrozenTags.clear();
      this.byFrozenTags.set(tags, entry);
    }
    return entry?.aggregate;
  }

  private walk(tags: Record<string, string>): TagSetEntry<T> | undefined {
    readTagValues(tags, this.values);
    let level = this.root;
    for (const value of this.values) {
      let child = level.children.get(value);
      if (child === undefined) {
        if (this.entries.length >= MAX_TAG_SETS_PER_METRIC) {
          this.overflowPoints++;
          return undefined;
        }
        child = { children: new Map() };
        level.children.set(value, child);
      }
      level = child;
    }
    if (level.entry === undefined) {
      if (this.entries.length >= MAX_TAG_SETS_PER_METRIC) {
        this.overflowPoints++;
        return undefined;
      }
      level.entry = { tags: pickTags(tags), aggregate: this.create() };
      this.entries.push(level.entry);
    }
    return level.entry;
  }
}
