import type { ProbeSpec } from '../../../../shared/runbookTypes';

/** Titles are one line in lists, history and the journal; longer is cut with an ellipsis. */
const TITLE_LENGTH = 80;

export function cutTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
}

/** An unnamed command's title: its first line that is not blank or a comment; else its id. */
export function commandTitle(script: string, id: string): string {
  const first = script
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('#'));
  return first ? cutTitle(first) : id;
}

/** An unnamed probe's title: what it asks, `GET http://…/health` or the query. */
export function probeTitle(probe: ProbeSpec): string {
  return cutTitle(probe.type === 'http' ? `${probe.method} ${probe.url}` : probe.query);
}
