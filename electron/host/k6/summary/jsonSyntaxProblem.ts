/** Nesting deeper than this is reported where it starts rather than walked (a stack guard, not JSON's rule). */
const MAX_NESTING = 512;

/**
 * Where JSON.parse stopped, as 1-based line and column. V8 gives the offset in most messages but not in
 * all ("Unexpected token '}', … is not valid JSON"), so the text is scanned for the first offence.
 */
export function jsonErrorPosition(text: string): { line: number; column: number } {
  const at = firstOffence(text);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/** V8's message without the offset (given as line and column instead) nor the echoed text. */
export function jsonErrorReason(error: SyntaxError): string {
  return error.message
    .replace(/,? "[\s\S]*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+( \(line \d+ column \d+\))?$/, '')
    .trim();
}

class Offence {
  constructor(readonly at: number) {}
}

/** The offset of the first character that cannot continue a JSON text; the length when it ends early. */
function firstOffence(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw new Offence(Math.min(at, text.length));
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
  };
  const expect = (literal: string) => {
    for (const char of literal) {
      if (text[at] !== char) fail();
      at += 1;
    }
  };
  const string = () => {
    expect('"');
    while (at < text.length && text[at] !== '"') {
      if (text.charCodeAt(at) < 0x20) fail();
      if (text[at] === '\\') {
        at += 1;
        if (text[at] === 'u') {
          at += 1;
          for (let digit = 0; digit < 4; digit += 1, at += 1) if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail();
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail();
      }
      at += 1;
    }
    expect('"');
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail();
    at += match ? match[0].length : 0;
  };
  const value = (depth: number): void => {
    skipSpace();
    const char = text[at];
    if (char === '{' || char === '[') {
      if (depth >= MAX_NESTING) fail();
      const close = char === '{' ? '}' : ']';
      at += 1;
      skipSpace();
      if (text[at] === close) {
        at += 1;
        return;
      }
      for (;;) {
        if (close === '}') {
          skipSpace();
          string();
          skipSpace();
          expect(':');
        }
        value(depth + 1);
        skipSpace();
        if (text[at] === close) {
          at += 1;
          return;
        }
        expect(',');
      }
    }
    if (char === '"') string();
    else if (char === 't') expect('true');
    else if (char === 'f') expect('false');
    else if (char === 'n') expect('null');
    else number();
  };
  try {
    value(0);
    skipSpace();
    if (at < text.length) fail();
  } catch (offence) {
    if (offence instanceof Offence) return offence.at;
    throw offence;
  }
  return text.length;
}
