/**
 * `#seq` references: every claim's evidence links to its event's row in the timeline, which
 * carries the anchor, so a reviewer can follow a claim to what was recorded.
 */

/** The anchor id of an event's timeline row. */
export function seqAnchorId(seq: number): string {
  return `seq-${seq}`;
}

/** The timeline row's own cell: its anchor and its `#seq`. */
export function seqAnchor(seq: number): string {
  return `<a id="${seqAnchorId(seq)}"></a>#${seq}`;
}

/** One event reference: `[#12](#seq-12)`. */
export function seqLink(seq: number): string {
  return `[#${seq}](#${seqAnchorId(seq)})`;
}

/** A claim's evidence as references, or a dash when it rests on no event. */
export function evidenceLinks(evidence: readonly number[]): string {
  return evidence.length === 0 ? '—' : evidence.map(seqLink).join(', ');
}
