/**
 * Credentials recognisable by their shape alone, whoever typed them: replaced in every exported
 * file even when the workspace never named them as secrets. Each keeps what tells a reader what
 * was there (the scheme, the user, the key's name) and replaces only the secret part.
 */
interface TokenShape {
  /** The marker written in place of the secret part. */
  marker: string;
  pattern: RegExp;
  /** How a match is rewritten: the groups around the secret kept, the secret replaced. */
  replace: (marker: string, ...groups: string[]) => string;
}

const TOKEN_SHAPES: readonly TokenShape[] = [
  {
    // RFC 6750 bearer tokens; 16 characters at least, so prose ("Bearer authentication") is left alone.
    marker: '[redacted token]',
    pattern: /\b(Bearer)(\s+)[A-Za-z0-9\-._~+/]{16,}=*/gi,
    replace: (marker, scheme, space) => `${scheme}${space}${marker}`,
  },
  {
    // Basic credentials, only as an Authorization header carries them (the word alone is common).
    marker: '[redacted token]',
    pattern: /\b(Authorization["']?\s*:\s*Basic)(\s+)[A-Za-z0-9+/]{4,}=*/gi,
    replace: (marker, scheme, space) => `${scheme}${space}${marker}`,
  },
  {
    // A URL's password: postgres://user:password@host, redis://:password@host.
    marker: '[redacted password]',
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/"\\]*:)([^\s@/"\\]+)@/gi,
    replace: (marker, before) => `${before}${marker}@`,
  },
  {
    // key=value connection strings and environment assignments: Password=…; PGPASSWORD=…
    marker: '[redacted password]',
    // A value starting with [ is a marker already ([secret DB_PASSWORD]).
    pattern:
      /\b([A-Za-z_]*(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token)["']?\s*[=:]\s*["']?)([^\s;,'"&[][^\s;,'"&]{3,})/gi,
    replace: (marker, before) => `${before}${marker}`,
  },
  {
    // AWS access key ids (long-term AKIA, temporary ASIA).
    marker: '[redacted AWS key]',
    pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
    replace: (marker) => marker,
  },
  {
    // An AWS secret access key is 40 base64 characters; only next to its name is it told from other text.
    marker: '[redacted AWS key]',
    pattern: /\b(aws_secret_access_key["']?\s*[=:]\s*["']?)[A-Za-z0-9/+=]{40}\b/gi,
    replace: (marker, before) => `${before}${marker}`,
  },
  {
    // JSON Web Tokens: header.payload.signature, the header always starting {" (eyJ).
    marker: '[redacted token]',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
    replace: (marker) => marker,
  },
];

/** A cheap first look: text with none of these can hold no token shape, so most text skips the patterns. */
const MAY_HOLD_TOKEN = /bearer|basic|token|:\/\/|pass|pwd|secret|key|AKIA|ASIA|eyJ/i;

/** The text with every credential of a known shape replaced by its marker. */
export function redactTokenShapes(text: string): string {
  if (!MAY_HOLD_TOKEN.test(text)) return text;
  let result = text;
  for (const shape of TOKEN_SHAPES) {
    result = result.replace(shape.pattern, (_match, ...groups: unknown[]) =>
      shape.replace(shape.marker, ...groups.filter((group): group is string => typeof group === 'string')),
    );
  }
  return result;
}
