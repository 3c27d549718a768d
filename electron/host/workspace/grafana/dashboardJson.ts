import { jsonErrorOffset } from './jsonErrorOffset';

/** Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse refuses. */
const BYTE_ORDER_MARK = '\uFEFF';

export type DashboardJson =
  | { ok: true; json: unknown }
  | { ok: false; line: number; column: number; message: string };

/** JSON.parse's message without its position and the excerpt Node 20 quotes. */
function reason(message: string): string {
  return message.replace(/ at position \d+.*$/s, '').replace(/, .*is not valid JSON$/s, '');
}

/** The text parsed as JSON, or where and why it is not JSON (line and column from 1). */
export function parseDashboardJson(text: string): DashboardJson {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  try {
    return { ok: true, json: JSON.parse(body) };
  } catch (error) {
    const offset = jsonErrorOffset(body) ?? 0;
    const before = body.slice(0, offset).split('\n');
    return {
      ok: false,
      line: before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
      message: reason((error as Error).message),
    };
  }
}
