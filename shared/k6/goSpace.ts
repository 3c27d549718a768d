/** Go's `strings.TrimSpace` (unicode.IsSpace), which k6 uses and which differs from JavaScript's `trim`. */
export function goTrimSpace(text: string): string {
  return goTrimLeadingSpace(text).replace(TRAILING_SPACE, '');
}

export function goTrimLeadingSpace(text: string): string {
  return text.replace(LEADING_SPACE, '');
}

const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const LEADING_SPACE = new RegExp(`^[${GO_SPACE}]+`);
const TRAILING_SPACE = new RegExp(`[${GO_SPACE}]+$`);
