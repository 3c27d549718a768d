import { z } from 'zod';
import { apiErrorSchema } from './apiErrors';

/**
 * Frames of the WebSocket carrier. Every frame is one JSON text message.
 * client → host: call. host → client: result (to one call), event, or error (to a frame that
 * could not be read well enough to answer by id).
 */

/** The largest frame the host reads; a paste is capped well below this. */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

/** The path the WebSocket carrier listens on. */
export const API_SOCKET_PATH = '/api';

/** Answers 204 for a valid token and 401 otherwise, so a client can tell refused from down. */
export const TOKEN_CHECK_PATH = '/api/token-check';

/** The header that carries the token to the token check (kept out of URLs and their logs). */
export const TOKEN_HEADER = 'X-Warroom-Token';

export const callFrameSchema = z
  .object({
    t: z.literal('call'),
    id: z.number().int().nonnegative(),
    method: z.string().max(100),
    params: z.unknown(),
  })
  .strict();

export const resultFrameSchema = z.union([
  z.object({ t: z.literal('result'), id: z.number(), ok: z.literal(true), result: z.unknown() }),
  z.object({ t: z.literal('result'), id: z.number(), ok: z.literal(false), error: apiErrorSchema }),
]);

export const eventFrameSchema = z.object({
  t: z.literal('event'),
  name: z.string(),
  payload: z.unknown(),
});

export const errorFrameSchema = z.object({ t: z.literal('error'), error: apiErrorSchema });

export const hostFrameSchema = z.union([resultFrameSchema, eventFrameSchema, errorFrameSchema]);

export type CallFrame = z.infer<typeof callFrameSchema>;
export type HostFrame = z.infer<typeof hostFrameSchema>;
