/**
 * `#seq` references in HTML: every claim's evidence links to its event's row of the timeline,
 * whose `id` is the anchor, so a reviewer can follow a claim to what was recorded.
 */

/** The id of an event's timeline row. */
export function seqAnchorId(seq: number): string {
  return `seq-${seq}`;
}

/** One event reference: `<a href="#seq-12">#12</a>`. */
export function seqLinkHtml(seq: number): string {
  return `<a href="#seq-${seq}">#${seq}</a>`;
}

/** A claim's evidence as references, or a dash when it rests on no event. */
export function evidenceHtml(evidence: readonly number[]): string {
  return evidence.length === 0 ? '—' : evidence.map(seqLinkHtml).join(', ');
}

/** The id of the figure that draws a snapshot. */
export function snapshotAnchorId(snapshotId: number): string {
  return `snapshot-${snapshotId}`;
}
