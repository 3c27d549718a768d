/** A step into a YAML document: a map key or a list index. */
export type PathSegment = string | number;

/** The path as problems show it: `environments.sandbox.health[1].url`. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text ? `${text}.${String(segment)}` : String(segment);
  }, '');
}
