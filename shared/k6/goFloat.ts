/**
 * Reads a number the way Go's `strconv.ParseFloat(s, 64)` does, which is how k6 reads a threshold's
 * right-hand side, a percentile's `N` and a unit-less duration: decimal and hexadecimal (`0x1p-2`)
 * literals, `_` between digits, and `inf`, `infinity` (signed) and `nan` in any case.
 * Returns undefined where Go reports a syntax error or an out-of-range value.
 */
export function parseGoFloat(text: string): number | undefined {
  const special = readSpecial(text);
  if (special !== undefined) return special;
  const hex = HEX_FLOAT.exec(text);
  if (hex) return underscoresAllowed(text) ? finiteOrUndefined(hexValue(hex)) : undefined;
  if (!DECIMAL_FLOAT.test(text) || !underscoresAllowed(text)) return undefined;
  return finiteOrUndefined(Number(text.replaceAll('_', '')));
}

/** Sign, mantissa with at least one digit, optional exponent; `_` is checked separately. */
const DECIMAL_FLOAT = /^[+-]?(?=[_.]*\d)[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d[\d_]*)?$/;

/** Go requires the `p` exponent on a hexadecimal float. */
const HEX_FLOAT =
  /^([+-]?)0[xX](?=[_.]*[0-9a-fA-F])([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?\d[\d_]*)$/;

function readSpecial(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (lower === 'nan') return Number.NaN;
  const unsigned = lower.replace(/^[+-]/, '');
  if (unsigned !== 'inf' && unsigned !== 'infinity') return undefined;
  return lower.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

function hexValue(match: RegExpExecArray): number {
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const digits = `${whole}${fraction}`.replaceAll('_', '');
  const mantissa = Number(BigInt(`0x${digits}`));
  const magnitude =
    mantissa * 2 ** (Number(exponent.replaceAll('_', '')) - 4 * fraction.replaceAll('_', '').length);
  return sign === '-' ? -magnitude : magnitude;
}

/** Go answers a finite literal too large for a float64 with a range error, which k6 rejects. */
function finiteOrUndefined(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

/** Go's rule: an underscore sits only between digits, or between a base prefix and a digit. */
function underscoresAllowed(text: string): boolean {
  if (!text.includes('_')) return true;
  const unsigned = text.replace(/^[+-]/, '');
  const prefixed = /^0[bBoOxX]/.test(unsigned);
  const isHex = /^0[xX]/.test(unsigned);
  let previous: 'start' | 'digit' | 'underscore' | 'other' = prefixed ? 'digit' : 'start';
  for (const char of unsigned.slice(prefixed ? 2 : 0)) {
    if (/\d/.test(char) || (isHex && /[a-fA-F]/.test(char))) previous = 'digit';
    else if (char === '_') {
      if (previous !== 'digit') return false;
      previous = 'underscore';
    } else {
      if (previous === 'underscore') return false;
      previous = 'other';
    }
  }
  return previous !== 'underscore';
}
