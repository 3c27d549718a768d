import { secretPlaceholder, type VariableValues } from './substitute';
import { VariableValueError } from './variableValueError';

/**
 * Where a non-shell field's text goes: a URL or a header, which a line break or NUL would split
 * (request smuggling), an environment variable, which cannot hold NUL, or free text such as a body.
 */
export type TextField = 'url' | 'header' | 'environment' | 'text';

/** `$NAME` or `${NAME}`, read as the shell reads names; `$.status` (a JSONPath) is not a reference. */
const TEXT_REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
const FORBIDDEN_CHARACTERS: Record<TextField, RegExp | null> = {
  url: /[\r\n\0]/,
  header: /[\r\n\0]/,
  environment: /\0/,
  text: null,
};
const FORBIDDEN_DESCRIPTION: Record<TextField, string> = {
  url: 'a line break or NUL, which cannot stand in a URL',
  header: 'a line break or NUL, which cannot stand in a header',
  environment: 'a NUL character, which no environment variable can hold',
  text: '',
};

export interface TextSubstitution {
  text: string;
  /** The same, with each secret shown as `[secret NAME]`. */
  display: string;
  used: string[];
}

/** The names a non-shell field refers to, in order, each once. */
export function textReferenceNames(text: string): string[] {
  return [...new Set([...text.matchAll(TEXT_REFERENCE)].map((match) => match[1] ?? match[2] ?? ''))];
}

/** Plain replacement of the variables in `values` for the probe's and `env`'s fields; no quoting. */
export function substituteText(
  text: string,
  values: VariableValues,
  field: TextField = 'text',
): TextSubstitution {
  const used = new Set<string>();
  const forbidden = FORBIDDEN_CHARACTERS[field];
  const replace = (forDisplay: boolean) =>
    text.replace(TEXT_REFERENCE, (reference, braced: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare ?? '';
      const variable = values.get(name);
      if (!variable) return reference;
      if (forbidden?.test(variable.value)) {
        throw new VariableValueError(name, `its value contains ${FORBIDDEN_DESCRIPTION[field]}`);
      }
      used.add(name);
      return forDisplay && variable.secret ? secretPlaceholder(name) : variable.value;
    });
  return { text: replace(false), display: replace(true), used: [...used] };
}
