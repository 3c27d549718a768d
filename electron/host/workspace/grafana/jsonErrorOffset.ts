/** Thrown inside the scan to stop at the first character that breaks JSON's grammar. */
class StopAt {
  constructor(readonly offset: number) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX_DIGIT = /^[0-9a-fA-F]$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where `text` stops being JSON: the offset of the first character that breaks the grammar, or
 * its length when it ends early; null when it is JSON, or nests too deep to scan. Node 20's
 * JSON.parse names the position for some mistakes only; this names it for all.
 */
export function jsonErrorOffset(text: string): number | null {
  let at = 0;
  const stop = (): never => {
    throw new StopAt(at);
  };
  const skipWhitespace = () => {
    while (WHITESPACE.has(text[at] ?? '')) at += 1;
  };
  const expect = (char: string) => {
    if (text[at] !== char) stop();
    at += 1;
  };
  const string = () => {
    expect('"');
    for (let char = text[at]; char !== '"'; char = text[at]) {
      if (char === undefined || char < ' ') stop();
      at += 1;
      if (char !== '\\') continue;
      if (text[at] !== 'u') {
        if (!ESCAPES.has(text[at] ?? '')) stop();
        at += 1;
        continue;
      }
      at += 1;
      for (let digit = 0; digit < 4; digit += 1) {
        if (!HEX_DIGIT.test(text[at] ?? '')) stop();
        at += 1;
      }
    }
    at += 1;
  };
  const list = (close: string, item: () => void) => {
    at += 1;
    skipWhitespace();
    if (text[at] === close) {
      at += 1;
      return;
    }
    item();
    skipWhitespace();
    while (text[at] === ',') {
      at += 1;
      item();
      skipWhitespace();
    }
    expect(close);
  };
  const member = () => {
    skipWhitespace();
    string();
    skipWhitespace();
    expect(':');
    value();
  };
  const literal = (word: string) => {
    for (const char of word) expect(char);
  };
  function value(): void {
    skipWhitespace();
    const char = text[at];
    if (char === '{') list('}', member);
    else if (char === '[') list(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else {
      NUMBER.lastIndex = at;
      if (!NUMBER.test(text)) stop();
      at = NUMBER.lastIndex;
    }
  }
  try {
    value();
    skipWhitespace();
    return at < text.length ? at : null;
  } catch (error) {
    if (error instanceof StopAt) return error.offset;
    if (error instanceof RangeError) return null;
    throw error;
  }
}
