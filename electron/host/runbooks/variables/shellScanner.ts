/**
 * A small lexer for the shell scripts of command steps: it finds the `$NAME` and `${NAME}` the shell
 * would expand, and in which quoting context each stands, so that a value can be quoted for exactly
 * that context. It follows bash's quoting rules; it does not parse commands beyond what quoting needs.
 *
 * Left to the shell, never substituted: `${NAME<operator>…}` forms (`${NAME:-x}`, `${#NAME}`,
 * `${NAME[0]}`, …) and anything inside their word, references inside arithmetic (`$((…))`, `((…))`,
 * `$[…]`), and references inside backquotes (whose extra level of backslash processing would need a
 * second escaping). They are reported as expansions left to the shell, with the reason.
 */

import type {
  HereDocument,
  LeftToShellReason,
  ReferenceContext,
  ScannedReference,
  ShellExpansionLeftAlone,
  ShellScan,
} from './shellScanTypes';

/** Stands in for a character that is not command text, so words keep their length and stay words. */
export const BLANKED_CHARACTER = '\u0001';

/** Only upper-case names are runbook variables; lower-case ones are the shell's own. */
const VARIABLE_NAME = /^[A-Z_][A-Z0-9_]*$/;
const NAME_START = /[A-Za-z_]/;
const NAME_CHARACTER = /[A-Za-z0-9_]/;
/** Characters that end a word in the shell (besides the end of the text). */
const METACHARACTERS = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
/** `$` followed by one of these is a special parameter: `$$`, `$#`, `$?`, `$1`… */
const SPECIAL_PARAMETERS = new Set([
  '@',
  '*',
  '#',
  '?',
  '-',
  '$',
  '!',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
]);
/** In an unquoted here-document body, a backslash quotes only these. */
const HEREDOC_ESCAPABLE = new Set(['$', '`', '\\', '\n']);
const CASE_KEYWORD = /^(case|esac)(?=[\s;&|()<>]|$)/;

function isVariableName(name: string): boolean {
  return VARIABLE_NAME.test(name) && /[A-Z]/.test(name);
}

function readName(text: string, from: number): string {
  let end = from;
  while (end < text.length && NAME_CHARACTER.test(text[end] ?? '')) end++;
  return text.slice(from, end);
}

interface PendingHereDocument extends HereDocument {
  quoted: boolean;
}

class ShellScanner {
  private pos = 0;
  /** Where the current scan must stop: the end of the text, or of a here-document body. */
  private limit: number;
  private readonly references: ScannedReference[] = [];
  private readonly leftToShell: ShellExpansionLeftAlone[] = [];
  private readonly command: Uint8Array;
  private pendingHereDocuments: PendingHereDocument[] = [];
  /** Set while inside a construct whose references the shell must expand itself. */
  private leftReason: LeftToShellReason | null = null;
  private hereDocument: HereDocument | null = null;

  constructor(private readonly text: string) {
    this.limit = text.length;
    this.command = new Uint8Array(text.length);
  }

  scan(): ShellScan {
    this.scanCommands('end');
    let commandText = '';
    for (let i = 0; i < this.text.length; i++) {
      commandText += this.command[i] ? this.text[i] : BLANKED_CHARACTER;
    }
    return { references: this.references, leftToShell: this.leftToShell, commandText };
  }

  private at(offset = 0): string {
    const index = this.pos + offset;
    return index < this.limit ? (this.text[index] ?? '') : '';
  }

  private atWordStart(contextStart: number): boolean {
    return this.pos === contextStart || METACHARACTERS.has(this.text[this.pos - 1] ?? '');
  }

  private markCommand(from: number, to: number): void {
    for (let i = from; i < to; i++) this.command[i] = 1;
  }

  private withReason(reason: LeftToShellReason, scan: () => void): void {
    const outer = this.leftReason;
    this.leftReason = outer ?? reason;
    scan();
    this.leftReason = outer;
  }

  /** Unquoted command text, up to the end, a `)` closing `$(`, or a closing backquote. */
  private scanCommands(closer: 'end' | ')' | '`'): void {
    const contextStart = this.pos;
    let parenDepth = 0;
    let caseDepth = 0;
    while (this.pos < this.limit) {
      const c = this.at();
      if (c === '\\') {
        this.pos += 2;
      } else if (c === "'") {
        this.skipSingleQuoted();
      } else if (c === '"') {
        this.pos++;
        this.scanDoubleQuoted();
      } else if (c === '`') {
        this.pos++;
        if (closer === '`') return;
        this.withReason('backquote', () => this.scanCommands('`'));
      } else if (c === '$') {
        this.scanDollar('unquoted');
      } else if (c === '#' && this.atWordStart(contextStart)) {
        while (this.pos < this.limit && this.at() !== '\n') this.pos++;
      } else if (c === '\n') {
        this.markCommand(this.pos, this.pos + 1);
        this.pos++;
        this.readPendingHereDocuments();
      } else if (c === '<' && this.at(1) === '<' && this.at(2) === '<') {
        this.markCommand(this.pos, this.pos + 3);
        this.pos += 3;
      } else if (c === '<' && this.at(1) === '<') {
        this.markCommand(this.pos, this.pos + 2);
        this.pos += 2;
        this.readHereDocumentOperator();
      } else if (c === '(' && this.at(1) === '(' && this.atWordStart(contextStart)) {
        this.pos += 2;
        this.withReason('arithmetic', () => this.scanArithmetic(')'));
      } else if (c === ')' && closer === ')' && parenDepth === 0 && caseDepth === 0) {
        this.pos++;
        return;
      } else {
        const keyword = this.atWordStart(contextStart)
          ? CASE_KEYWORD.exec(this.text.slice(this.pos, this.pos + 5))
          : null;
        const length = keyword ? keyword[0].length : 1;
        if (keyword) caseDepth = Math.max(0, caseDepth + (keyword[0] === 'case' ? 1 : -1));
        if (c === '(') parenDepth++;
        if (c === ')' && parenDepth > 0) parenDepth--;
        this.markCommand(this.pos, this.pos + length);
        this.pos += length;
      }
    }
  }

  private skipSingleQuoted(): void {
    const close = this.text.indexOf("'", this.pos + 1);
    this.pos = close === -1 || close >= this.limit ? this.limit : close + 1;
  }

  /** `$'…'`: backslash escapes, no expansion. */
  private skipAnsiCQuoted(): void {
    this.pos += 2;
    while (this.pos < this.limit && this.at() !== "'") this.pos += this.at() === '\\' ? 2 : 1;
    this.pos++;
  }

  /** Inside `"…"`, from just after the opening quote to just after the closing one. */
  private scanDoubleQuoted(): void {
    while (this.pos < this.limit) {
      const c = this.at();
      if (c === '\\') {
        this.pos += 2;
      } else if (c === '$') {
        this.scanDollar('double-quoted');
      } else if (c === '`') {
        this.pos++;
        this.withReason('backquote', () => this.scanCommands('`'));
      } else {
        this.pos++;
        if (c === '"') return;
      }
    }
  }

  /** At a `$`: a reference, an expansion to step into, or a literal dollar. */
  private scanDollar(context: ReferenceContext): void {
    const next = this.at(1);
    if (next === '{') {
      this.scanBraceParameter(context);
    } else if (next === '(' && this.at(2) === '(') {
      this.pos += 3;
      this.withReason('arithmetic', () => this.scanArithmetic(')'));
    } else if (next === '(') {
      this.pos += 2;
      this.scanCommands(')');
    } else if (next === '[') {
      this.pos += 2;
      this.withReason('arithmetic', () => this.scanArithmetic(']'));
    } else if (next === "'" && context === 'unquoted') {
      this.skipAnsiCQuoted();
    } else if (next === '"' && context === 'unquoted') {
      this.pos += 2;
      this.scanDoubleQuoted();
    } else if (NAME_START.test(next)) {
      const name = readName(this.text, this.pos + 1);
      this.record(name, this.pos, this.pos + 1 + name.length, context);
      this.pos += 1 + name.length;
    } else {
      this.pos += SPECIAL_PARAMETERS.has(next) ? 2 : 1;
    }
  }

  private record(name: string, start: number, end: number, context: ReferenceContext): void {
    if (!isVariableName(name)) return;
    if (this.leftReason) {
      this.leftToShell.push({ name, start, end, reason: this.leftReason });
    } else {
      this.references.push({ name, start, end, context, hereDocument: this.hereDocument });
    }
  }

  /** At `${`: a plain `${NAME}` is a reference; any other form is left to the shell, with its word. */
  private scanBraceParameter(context: ReferenceContext): void {
    const start = this.pos;
    const prefix = this.at(2) === '#' || this.at(2) === '!' ? 1 : 0;
    const name = readName(this.text, start + 2 + prefix);
    const afterName = start + 2 + prefix + name.length;
    if (prefix === 0 && name !== '' && this.text[afterName] === '}' && afterName < this.limit) {
      this.record(name, start, afterName + 1, context);
      this.pos = afterName + 1;
      return;
    }
    this.pos = afterName;
    const outer = this.leftReason;
    this.leftReason = outer ?? 'parameter-operator';
    const own: ShellExpansionLeftAlone | null = isVariableName(name)
      ? { name, start, end: start, reason: this.leftReason }
      : null;
    if (own) this.leftToShell.push(own);
    this.scanParameterWord(context);
    if (own) own.end = this.pos;
    this.leftReason = outer;
  }

  /** The rest of a `${…}` form up to its matching `}`. */
  private scanParameterWord(context: ReferenceContext): void {
    let depth = 0;
    while (this.pos < this.limit) {
      const c = this.at();
      if (c === '\\') {
        this.pos += 2;
      } else if (c === "'" && context === 'unquoted') {
        this.skipSingleQuoted();
      } else if (c === '"') {
        this.pos++;
        this.scanDoubleQuoted();
      } else if (c === '$') {
        this.scanDollar(context);
      } else if (c === '`') {
        this.pos++;
        this.withReason('backquote', () => this.scanCommands('`'));
      } else {
        this.pos++;
        if (c === '{') depth++;
        if (c === '}' && depth-- === 0) return;
      }
    }
  }

  /** Inside `$((…))`, `((…))` or `$[…]`, up to the closer that balances the opening. */
  private scanArithmetic(closer: ')' | ']'): void {
    const opener = closer === ')' ? '(' : '[';
    let depth = 0;
    while (this.pos < this.limit) {
      const c = this.at();
      if (c === '$') {
        this.scanDollar('unquoted');
      } else if (c === '"') {
        this.pos++;
        this.scanDoubleQuoted();
      } else if (c === "'") {
        this.skipSingleQuoted();
      } else if (c === '`') {
        this.pos++;
        this.scanCommands('`');
      } else {
        this.pos++;
        if (c === opener) depth++;
        if (c === closer && depth-- === 0) {
          if (closer === ')' && this.at() === ')') this.pos++;
          return;
        }
      }
    }
  }

  /** Just after `<<`: the optional `-` and the delimiter word; the body is read after the line ends. */
  private readHereDocumentOperator(): void {
    const stripTabs = this.at() === '-';
    if (stripTabs) this.pos++;
    while (this.at() === ' ' || this.at() === '\t') this.pos++;
    let delimiter = '';
    let quoted = false;
    while (this.pos < this.limit && !METACHARACTERS.has(this.at())) {
      const c = this.at();
      if (c === "'" || c === '"') {
        quoted = true;
        const close = this.text.indexOf(c, this.pos + 1);
        const end = close === -1 || close >= this.limit ? this.limit : close;
        const quotedText = this.text.slice(this.pos + 1, end);
        delimiter += c === '"' ? quotedText.replace(/\\(["\\$`])/g, '$1') : quotedText;
        this.pos = end + 1;
      } else if (c === '\\') {
        quoted = true;
        delimiter += this.at(1);
        this.pos += 2;
      } else {
        delimiter += c;
        this.pos++;
      }
    }
    if (delimiter !== '') this.pendingHereDocuments.push({ delimiter, stripTabs, quoted });
  }

  /** At the start of the line after a command line that opened here-documents: their bodies, in order. */
  private readPendingHereDocuments(): void {
    const pending = this.pendingHereDocuments;
    this.pendingHereDocuments = [];
    for (const hereDocument of pending) {
      const bodyStart = this.pos;
      let bodyEnd = this.limit;
      while (this.pos < this.limit) {
        const newline = this.text.indexOf('\n', this.pos);
        const lineEnd = newline === -1 || newline >= this.limit ? this.limit : newline;
        const line = this.text.slice(this.pos, lineEnd);
        const lineStart = this.pos;
        this.pos = Math.min(lineEnd + 1, this.limit);
        if ((hereDocument.stripTabs ? line.replace(/^\t+/, '') : line) === hereDocument.delimiter) {
          bodyEnd = lineStart;
          break;
        }
      }
      if (!hereDocument.quoted) this.scanHereDocumentBody(bodyStart, bodyEnd, hereDocument);
    }
  }

  private scanHereDocumentBody(start: number, end: number, hereDocument: HereDocument): void {
    const resume = this.pos;
    const outerLimit = this.limit;
    this.pos = start;
    this.limit = end;
    this.hereDocument = { delimiter: hereDocument.delimiter, stripTabs: hereDocument.stripTabs };
    while (this.pos < this.limit) {
      const c = this.at();
      if (c === '\\') {
        this.pos += HEREDOC_ESCAPABLE.has(this.at(1)) ? 2 : 1;
      } else if (c === '$') {
        this.scanDollar('heredoc');
      } else if (c === '`') {
        this.pos++;
        this.withReason('backquote', () => this.scanCommands('`'));
      } else {
        this.pos++;
      }
    }
    this.hereDocument = null;
    this.limit = outerLimit;
    this.pos = resume;
  }
}

/** Scans a whole script: its substitutable references, the ones left to the shell, and its command text. */
export function scanShellScript(script: string): ShellScan {
  return new ShellScanner(script).scan();
}
