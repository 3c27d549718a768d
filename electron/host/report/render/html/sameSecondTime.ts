import { formatTime } from '../reportFormat';

const MS_PER_SECOND = 1000;

/**
 * formatTime for a long run of events in time order: many share a second (a busy day records
 * several a second), so the last second's text is kept and reused.
 */
export function sameSecondTime(): (ms: number) => string {
  let lastSecond = Number.NaN;
  let lastText = '';
  return (ms) => {
    const second = Math.floor(ms / MS_PER_SECOND);
    if (second !== lastSecond) {
      lastSecond = second;
      lastText = formatTime(ms);
    }
    return lastText;
  };
}
