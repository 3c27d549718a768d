/** Formatters built once: building an Intl formatter costs far more than using one. */
const clockFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** 14:03:27: a timeline row's time; the day is in the day bar. */
export function clockTime(epochMs: number): string {
  return clockFormat.format(epochMs);
}

export function dateAndTime(epochMs: number): string {
  return dateTimeFormat.format(epochMs);
}

export function calendarDate(epochMs: number): string {
  return dateFormat.format(epochMs);
}
