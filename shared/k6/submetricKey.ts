import { goTrimSpace } from './goSpace';

/**
 * A thresholds key as k6 reads it: a metric name, optionally followed by a tag selector in braces,
 * `http_req_duration{expected_response:true}` or `http_req_duration{status:"200", method:GET}`.
 * k6 cuts the braces at the first `{` and the last `}`, splits the inside at commas, each piece at its
 * first colon, and trims spaces then any `"`/`'` around keys and values (metrics/metric.go).
 */
export interface ThresholdTarget {
  /** The key as written, which k6 also uses to name the threshold in its summary. */
  key: string;
  metric: string;
  /** Null when the key names the whole metric. */
  tags: Record<string, string> | null;
  /** The selector as k6 names the submetric, `expected_response:true`; null for the whole metric. */
  suffix: string | null;
}

/** A bad key, with the 1-based column (in the key) where the problem is. */
export class SubmetricKeyError extends Error {
  constructor(
    readonly column: number,
    message: string,
  ) {
    super(`column ${column}: ${message}`);
    this.name = 'SubmetricKeyError';
  }
}

export function parseSubmetricKey(key: string): ThresholdTarget {
  const open = key.indexOf('{');
  const close = key.lastIndexOf('}');
  if (open < 0 && close < 0) return { key, metric: key, tags: null, suffix: null };
  if (close < 0) throw new SubmetricKeyError(open + 1, `expected a "}" closing this "{"`);
  if (open < 0 || close < open) throw new SubmetricKeyError(close + 1, `expected a "{" before this "}"`);
  if (close !== key.length - 1) {
    throw new SubmetricKeyError(close + 2, 'expected the key to end with the "}" closing the tag selector');
  }
  const inside = key.slice(open + 1, close);
  const tags: Record<string, string> = {};
  let pieceStart = open + 1;
  for (const piece of inside.split(',')) {
    const colon = piece.indexOf(':');
    if (colon < 0 || colon === piece.length - 1) {
      throw new SubmetricKeyError(pieceStart + 1, `expected "tag:value", got "${piece}"`);
    }
    tags[unquote(piece.slice(0, colon))] = unquote(piece.slice(colon + 1));
    pieceStart += piece.length + 1;
  }
  return { key, metric: key.slice(0, open), tags, suffix: goTrimSpace(inside) };
}

/** Whether a sample with these tags counts towards the submetric: every selected tag, same value. */
export function submetricSelects(
  selector: Record<string, string>,
  sampleTags: Record<string, string>,
): boolean {
  return Object.entries(selector).every(
    ([name, value]) => Object.hasOwn(sampleTags, name) && sampleTags[name] === value,
  );
}

function unquote(text: string): string {
  return goTrimSpace(text).replace(/^["']+|["']+$/g, '');
}
