import { lineColumnAt, lineStarts, type SourcePosition, type SourceText, splitLines } from './sourceText';

/**
 * Where the characters of a block's content (a fence's code, the frontmatter) are in the file.
 * Markdown strips a prefix from each content line (list indentation, `> `), so each line is placed
 * by finding its text at the end of its line in the file.
 */
export class BlockPlacement {
  private readonly contentLines: string[];
  private readonly starts: number[];
  /** Per content line, how many characters of its file line come before it. */
  private readonly prefixes = new Map<number, number>();

  constructor(
    private readonly source: SourceText,
    /** The file line of the content's first line. */
    private readonly firstLine: number,
    private readonly content: string,
  ) {
    this.contentLines = splitLines(content);
    this.starts = lineStarts(content);
  }

  at(offset: number): SourcePosition {
    const { lineIndex, columnIndex } = lineColumnAt(
      this.starts,
      Math.min(Math.max(0, offset), this.content.length),
    );
    const fileLine = this.firstLine + lineIndex;
    return this.source.clamp(fileLine, this.prefixOf(lineIndex, fileLine) + columnIndex + 1);
  }

  private prefixOf(lineIndex: number, fileLine: number): number {
    const known = this.prefixes.get(lineIndex);
    if (known !== undefined) return known;
    const fileText = this.source.lineText(fileLine);
    const contentText = this.contentLines[lineIndex] ?? '';
    // A tab partly taken by the indentation comes back as spaces: then the prefix is unknown.
    const prefix = fileText.endsWith(contentText) ? fileText.length - contentText.length : 0;
    this.prefixes.set(lineIndex, prefix);
    return prefix;
  }
}

/** Places the characters of a fence's info string (`sh {"name":"x"}`): its line is the fence's. */
export function fenceInfoPlacement(
  source: SourceText,
  fenceLine: number,
  fenceColumn: number,
  language: string,
  meta: string,
): (offset: number) => SourcePosition {
  const lineText = source.lineText(fenceLine);
  const afterLanguage = lineText.indexOf(language, fenceColumn - 1);
  const metaIndex = lineText.indexOf(meta, afterLanguage < 0 ? 0 : afterLanguage + language.length);
  const braceIndex = lineText.indexOf('{', fenceColumn - 1);
  const start = metaIndex >= 0 ? metaIndex : braceIndex >= 0 ? braceIndex : fenceColumn - 1;
  // An info string with escapes differs from the file's text: its offsets are placed from its start.
  return (offset) => source.clamp(fenceLine, start + (metaIndex >= 0 ? offset : 0) + 1);
}
