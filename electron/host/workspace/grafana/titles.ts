import { MAX_PANEL_TITLE_CHARS } from '../../../../shared/workspace/panelSchema';

/** warroom.yaml's titles are one line of at most this many characters. */
export const MAX_TITLE_CHARS = MAX_PANEL_TITLE_CHARS;

/** Grafana's title as one line that fits warroom.yaml; null when it has no text. */
export function oneLineTitle(title: string | undefined): string | null {
  const line = (title ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
  if (line === '') return null;
  return line.length > MAX_TITLE_CHARS ? `${line.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…` : line;
}
