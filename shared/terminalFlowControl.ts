/**
 * Flow control between a pty in the host and xterm.js in the renderer, shared by both sides.
 * The renderer acknowledges characters once xterm has parsed them; the host pauses the pty
 * while too many are unacknowledged. Values follow VS Code's FlowControlConstants.
 */

/** Unacknowledged characters above which the host pauses the pty. */
export const HIGH_WATERMARK_CHARS = 100_000;

/** Unacknowledged characters below which a paused pty resumes. */
export const LOW_WATERMARK_CHARS = 5_000;

/** The renderer acknowledges in chunks of this many parsed characters, not per write. */
export const CHAR_COUNT_ACK_SIZE = 5_000;

/** How long the host gathers pty output into one message; a few ms keeps echo instant. */
export const OUTPUT_BATCH_MS = 5;

/** The most one batch carries before it is sent early, so a flood still moves in bounded messages. */
export const OUTPUT_BATCH_MAX_CHARS = 64 * 1024;

/** Recent output kept per terminal so a reconnecting or newly watching client sees the screen. */
export const REPLAY_BUFFER_CHARS = 256 * 1024;

/** The most a client may type or paste into a terminal in one call. */
export const MAX_INPUT_CHARS = 1024 * 1024;
