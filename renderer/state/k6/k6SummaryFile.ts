import { MAX_SUMMARY_IMPORT_CHARS } from '../../../shared/k6Contract';

/**
 * A file this many bytes long cannot fit in MAX_SUMMARY_IMPORT_CHARS characters: UTF-8 spends at
 * most 3 bytes per UTF-16 character. Refused before reading, so a wrong pick does not stall the page.
 */
export const MAX_SUMMARY_FILE_BYTES = 3 * MAX_SUMMARY_IMPORT_CHARS;

const MEGABYTE = 1_000_000;

/** Why a summary of `chars` characters (or a file of `bytes`) is refused; null when it may be sent. */
export function summaryTooLargeMessage(
  name: string,
  size: { chars?: number; bytes?: number },
): string | null {
  const tooLong = size.chars !== undefined && size.chars > MAX_SUMMARY_IMPORT_CHARS;
  const tooBig = size.bytes !== undefined && size.bytes > MAX_SUMMARY_FILE_BYTES;
  if (!tooLong && !tooBig) return null;
  const amount = tooLong
    ? `${((size.chars ?? 0) / MEGABYTE).toFixed(1)} million characters`
    : `${((size.bytes ?? 0) / MEGABYTE).toFixed(1)} MB`;
  const limit = MAX_SUMMARY_IMPORT_CHARS / MEGABYTE;
  return (
    `${name} is ${amount}; a k6 summary is at most ${limit} million characters. ` +
    'Import the file k6’s handleSummary or --summary-export wrote, not its JSON output.'
  );
}
