/**
 * The fewest single-character insertions, deletions, substitutions and swaps of neighbours that
 * turn `a` into `b` (Levenshtein, with the swap people type most: "nmae" for "name").
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = distance;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** A typo is a slip or two: one edit in a short key, two in a longer one. */
function allowedEdits(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/**
 * The known name closest to `word` (case aside) when it is close enough to be a typo, else null.
 * Between two as close, the one as long as `word`: "=<" is "<=" swapped rather than "<" plus a slip.
 */
export function didYouMean(word: string, known: readonly string[]): string | null {
  let best: { name: string; distance: number; lengthGap: number } | null = null;
  for (const name of known) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    const lengthGap = Math.abs(name.length - word.length);
    const closer =
      best === null || distance < best.distance || (distance === best.distance && lengthGap < best.lengthGap);
    if (distance <= allowedEdits(word) && closer) best = { name, distance, lengthGap };
  }
  return best?.name ?? null;
}
