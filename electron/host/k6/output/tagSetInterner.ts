import { FNV_OFFSET, FNV_PRIME } from './byteInterner';
import type { TagPair } from './tagPairInterner';

export type K6Tags = Readonly<Record<string, string>>;

/** Slots of the table: a test's tag sets are the product of a few scenarios, URLs, statuses and checks. */
const SLOTS = 1 << 12;
const SLOT_MASK = SLOTS - 1;

/** What every `"tags":null` and `"tags":{}` becomes. */
export const NO_TAGS: K6Tags = Object.freeze({});

interface TagSetEntry {
  hash: number;
  /** Pair ids in key id order. */
  pairIds: number[];
  tags: K6Tags;
}

/**
 * One frozen tags object per tag set, whatever the order its keys were written in: every point
 * of the set shares it (a tag set is a set; the object's keys come in key id order). A fixed
 * table where a newcomer takes its slot's place, so memory stays bounded.
 */
export class TagSetInterner {
  private readonly slots: (TagSetEntry | undefined)[] = new Array(SLOTS).fill(undefined);

  /**
   * The tags of the first `count` pairs (reordered in place); null when a key comes twice (JSON.parse
   * keeps the last) or is `__proto__` (which only JSON.parse makes an own key).
   */
  lookup(pairs: TagPair[], count: number): K6Tags | null {
    if (count === 0) return NO_TAGS;
    sortByKeyId(pairs, count);
    let hash = FNV_OFFSET;
    for (let index = 0; index < count; index++) {
      const pair = pairs[index] as TagPair;
      if (index > 0 && (pairs[index - 1] as TagPair).keyId === pair.keyId) return null;
      hash = Math.imul(hash ^ pair.id, FNV_PRIME);
    }
    const slot = hash & SLOT_MASK;
    const known = this.slots[slot];
    if (known !== undefined && known.hash === hash && samePairs(known.pairIds, pairs, count))
      return known.tags;
    const pairIds: number[] = [];
    const tags: Record<string, string> = {};
    for (let index = 0; index < count; index++) {
      const pair = pairs[index] as TagPair;
      if (pair.key === '__proto__' || Object.hasOwn(tags, pair.key)) return null;
      pairIds.push(pair.id);
      tags[pair.key] = pair.value;
    }
    const entry = { hash, pairIds, tags: Object.freeze(tags) };
    this.slots[slot] = entry;
    return entry.tags;
  }
}

/** Insertion sort: a point has a handful of tags. */
function sortByKeyId(pairs: TagPair[], count: number): void {
  for (let index = 1; index < count; index++) {
    const pair = pairs[index] as TagPair;
    let at = index - 1;
    while (at >= 0 && (pairs[at] as TagPair).keyId > pair.keyId) {
      pairs[at + 1] = pairs[at] as TagPair;
      at--;
    }
    pairs[at + 1] = pair;
  }
}

function samePairs(pairIds: number[], pairs: TagPair[], count: number): boolean {
  if (pairIds.length !== count) return false;
  for (let index = 0; index < count; index++) {
    if (pairIds[index] !== (pairs[index] as TagPair).id) return false;
  }
  return true;
}
