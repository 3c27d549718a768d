import { z } from 'zod';

/** Terminal ids are minted by the host; the shape keeps hostile ids out of logs and maps. */
export const terminalIdSchema = z.string().regex(/^t[0-9]{1,9}$/, 'a terminal id looks like t12');

/** The widest and tallest terminal a client may ask for; beyond this a pty is only a memory sink. */
export const MAX_TERMINAL_COLS = 1000;
export const MAX_TERMINAL_ROWS = 500;

export const terminalSizeSchema = z.object({
  cols: z.number().int().min(2).max(MAX_TERMINAL_COLS),
  rows: z.number().int().min(1).max(MAX_TERMINAL_ROWS),
});

export const terminalInfoSchema = z.object({
  id: terminalIdSchema,
  title: z.string(),
  shell: z.string(),
  pid: z.number().int(),
  cols: z.number().int(),
  rows: z.number().int(),
  createdAt: z.number(),
  /** null while the process runs; the exit code once it has ended. */
  exitCode: z.number().int().nullable(),
  /** The signal that ended the process, when one did. */
  signal: z.number().int().nullable(),
});

export type TerminalId = z.infer<typeof terminalIdSchema>;
export type TerminalSize = z.infer<typeof terminalSizeSchema>;
export type TerminalInfo = z.infer<typeof terminalInfoSchema>;
