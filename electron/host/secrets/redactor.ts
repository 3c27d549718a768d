import { shellQuotedForms } from '../runbooks/variables/shellQuoting';
import { secretPlaceholder, type VariableValues } from '../runbooks/variables/substitute';

/**
 * Secret values shorter than this are not redacted: a 1–3 character value ("1", "no", "abc") occurs
 * by chance all over ordinary output, so redacting it would mangle every transcript and, by the
 * pattern of what it blanked, reveal the value anyway. The store warns when such a secret is given.
 */
export const MIN_REDACTED_SECRET_CHARS = 4;

interface SecretForm {
  name: string;
  text: string;
}

/**
 * Replaces secrets in text that leaves the run (transcripts, output tails, journal entries, the
 * report) with `[secret NAME]`. Each value is found as given, as a terminal shows it (CRLF line ends)
 * and in every shell-quoted form a substituted command holds. Where secrets overlap or touch, the
 * whole stretch is replaced, naming each secret in it once.
 */
export class Redactor {
  private readonly forms: SecretForm[];

  constructor(secrets: Iterable<readonly [name: string, value: string]>) {
    const forms: SecretForm[] = [];
    for (const [name, value] of secrets) {
      if (value.length < MIN_REDACTED_SECRET_CHARS) continue;
      const texts = new Set([...shellQuotedForms(value), value.replaceAll('\n', '\r\n')]);
      for (const text of texts) forms.push({ name, text });
    }
    // Longest first: where two forms start at the same place, the longer names the stretch.
    this.forms = forms.sort((a, b) => b.text.length - a.text.length);
  }

  /** The secrets among a run's variables. */
  static of(values: VariableValues): Redactor {
    return new Redactor(
      [...values].flatMap(([name, { value, secret }]) => (secret ? [[name, value] as const] : [])),
    );
  }

  redact(text: string): string {
    if (this.forms.length === 0 || text === '') return text;
    const owner = new Int32Array(text.length).fill(-1);
    let found = false;
    this.forms.forEach((form, index) => {
      for (let at = text.indexOf(form.text); at !== -1; at = text.indexOf(form.text, at + 1)) {
        found = true;
        for (let i = at; i < at + form.text.length; i++) if (owner[i] === -1) owner[i] = index;
      }
    });
    if (!found) return text;
    let result = '';
    let i = 0;
    while (i < text.length) {
      if (owner[i] === -1) {
        const next = nextOwned(owner, i);
        result += text.slice(i, next);
        i = next;
        continue;
      }
      const names: string[] = [];
      while (i < text.length && owner[i] !== -1) {
        const name = this.forms[owner[i] ?? 0]?.name ?? '';
        if (!names.includes(name)) names.push(name);
        i++;
      }
      result += names.map(secretPlaceholder).join('');
    }
    return result;
  }
}

/** The first index at or after `from` that some secret covers, or the end. */
function nextOwned(owner: Int32Array, from: number): number {
  for (let i = from; i < owner.length; i++) if (owner[i] !== -1) return i;
  return owner.length;
}
