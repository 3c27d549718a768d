/**
 * How the live k6 view paces itself. k6 writes a second's samples over about a second and flushes
 * its JSON output every second, so a window is complete only once later seconds have arrived.
 */

/** A second is charted once points this many seconds later have been read: k6's flush plus disorder. */
export const SECOND_COMPLETE_AFTER_S = 2;

/** How often thresholds are judged while reading: k6 itself checks them every 2 s. */
export const THRESHOLD_CHECK_MS = 2_000;

/** New chart points and status are sent at most this often, however fast a replay reads. */
export const PUBLISH_EVERY_MS = 500;
