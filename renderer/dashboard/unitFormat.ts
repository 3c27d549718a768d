import type { PanelUnit } from '../../shared/workspace/panelVocabulary';

/** Shown where a value is missing: a NaN from Prometheus, or no point yet. */
export const NO_VALUE = '–';

/** Binary multiples for bytes, as memory and disk are read. */
const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;
/** Decimal multiples for counts and rates. */
const COUNT_UNITS = ['', 'k', 'M', 'G'] as const;

/**
 * A panel value in its unit, as a person reads it: percent and ratio as %, durations switching
 * between ms and s at one second, bytes in KiB/MiB/GiB, counts and rates in k/M.
 * `decimals` null: as many as the value needs (three significant digits).
 */
export function formatValue(
  value: number | null | undefined,
  unit: PanelUnit,
  decimals: number | null,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, decimals)} %`;
    case 'ratio':
      return `${formatNumber(value * 100, decimals)} %`;
    case 'ms':
      return Math.abs(value) >= 1000
        ? `${formatNumber(value / 1000, decimals)} s`
        : `${formatNumber(value, decimals)} ms`;
    case 's':
      return value !== 0 && Math.abs(value) < 1
        ? `${formatNumber(value * 1000, decimals)} ms`
        : `${formatNumber(value, decimals)} s`;
    case 'bytes':
      return scaled(value, 1024, BYTE_UNITS, decimals, ' ');
    case 'req/s':
      return `${scaled(value, 1000, COUNT_UNITS, decimals, '')} req/s`;
    case 'ops/s':
      return `${scaled(value, 1000, COUNT_UNITS, decimals, '')}/s`;
    case 'bytes/s':
      return `${scaled(value, 1024, BYTE_UNITS, decimals, ' ')}/s`;
    case 'count':
      return scaled(value, 1000, COUNT_UNITS, decimals, '');
  }
}

function scaled(
  value: number,
  base: number,
  units: readonly string[],
  decimals: number | null,
  separator: string,
): string {
  let index = 0;
  let magnitude = value;
  while (Math.abs(magnitude) >= base && index < units.length - 1) {
    magnitude /= base;
    index += 1;
  }
  const suffix = units[index] ?? '';
  return suffix
    ? `${formatNumber(magnitude, decimals)}${separator}${suffix}`
    : formatNumber(magnitude, decimals);
}

/** Fixed decimals when the panel asks for them; else three significant digits, trailing zeros dropped. */
export function formatNumber(value: number, decimals: number | null): string {
  if (decimals !== null) return value.toFixed(decimals);
  const size = Math.abs(value);
  if (size >= 100 || size === 0) return String(Math.round(value));
  return String(Number.parseFloat(value.toPrecision(3)));
}
