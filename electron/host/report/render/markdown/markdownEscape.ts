/**
 * Text a person typed (subjects, titles, notes, commands), made safe to place in Markdown: it reads
 * as the same text in a viewer and cannot open a table cell, a heading, a list, a link or HTML.
 */

/** ASCII punctuation that Markdown (GitHub-flavoured) gives a meaning inside a line. */
const INLINE_SPECIALS = /[\\`*_[\]<>#|~&!]/g;

/** What makes a line a block of its own when it starts it: a list marker, a setext underline, a quote. */
const LINE_START_MARKER = /^([-+=])/;

/** `1.` or `1)` at a line's start opens an ordered list. */
const ORDERED_LIST_MARKER = /^(\d+)([.)])/;

const LINE_BREAKS = /\r\n|\r|\n/;

function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIALS, (special) => `\\${special}`);
}

function escapeLine(line: string): string {
  return escapeInline(line.trimStart())
    .replace(LINE_START_MARKER, '\\$1')
    .replace(ORDERED_LIST_MARKER, '$1\\$2');
}

/** One line of text for a heading, a list item or a sentence: line breaks become spaces. */
export function inlineText(text: string): string {
  return escapeLine(text.split(LINE_BREAKS).join(' '));
}

/** Text for a table cell: a `|` stays inside the cell, line breaks become `<br>`. */
export function cellText(text: string): string {
  return text
    .split(LINE_BREAKS)
    .map((line) => escapeInline(line.trim()))
    .join('<br>');
}

/**
 * Several lines for a paragraph of their own (a description): each line kept, none able to start
 * a heading, a list, a quote or a code block; blank lines separate paragraphs.
 */
export function blockText(text: string): string {
  return text
    .split(LINE_BREAKS)
    .map((line) => line.trim())
    .join('\n')
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => paragraph.split('\n').map(escapeLine).join('\\\n'))
    .join('\n\n');
}

/** A code span around `text` (a command, an expression), fenced by more backticks than it holds. */
export function codeSpan(text: string): string {
  const oneLine = text.split(LINE_BREAKS).join(' ');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A space on each side keeps a backtick at either end from joining the fence.
  const padded = oneLine.startsWith('`') || oneLine.endsWith('`') ? ` ${oneLine} ` : oneLine;
  return `${fence}${padded}${fence}`;
}

/** A code span inside a table cell: GitHub splits cells at `|` even inside code, unless escaped. */
export function codeCell(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}
