/** Whether a Grafana threshold color is a red: the color Grafana users give the bad side of a threshold. */

/** Grafana's named reds (its classic palette); other names (orange, yellow, green…) are not. */
const NAMED_REDS = new Set(['red', 'dark-red', 'semi-dark-red', 'light-red', 'super-light-red']);

/** Grafana's reds lie within 7 degrees of hue 0; its orange (#FF9830) is at 30. */
const RED_HUE_SPREAD = 15;

/** Below this saturation a color reads as grey, not red; Grafana's palest red (#FFA6B0) has 0.35. */
const MIN_RED_SATURATION = 0.3;

const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB_COLOR = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i;

function channels(color: string): [number, number, number] | null {
  const hex = HEX_COLOR.exec(color)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as [number, number, number];
  }
  const rgb = RGB_COLOR.exec(color);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

function isRedChannels([red, green, blue]: [number, number, number]): boolean {
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  if (max !== red || max === 0 || (max - min) / max < MIN_RED_SATURATION) return false;
  // Hue in degrees for a color whose largest channel is red: 0 is pure red, + toward yellow, - toward magenta.
  const hue = (60 * (green - blue)) / (max - min);
  return Math.abs(hue) <= RED_HUE_SPREAD;
}

export function isRedColor(color: string): boolean {
  const name = color.trim().toLowerCase();
  if (NAMED_REDS.has(name)) return true;
  const rgb = channels(name);
  return rgb !== null && isRedChannels(rgb);
}
