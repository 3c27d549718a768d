import type { Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString as plainText } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

/**
 * A rendered report read back as a GitHub-flavoured Markdown viewer reads it (micromark's GFM
 * parser), so tests assert the headings, table cells and links a reviewer sees, not raw text.
 */
export class MarkdownDocument {
  readonly root: Root;

  constructor(readonly text: string) {
    this.root = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  }

  headings(depth?: number): string[] {
    return this.root.children.flatMap((node) =>
      node.type === 'heading' && (depth === undefined || node.depth === depth) ? [plainText(node)] : [],
    );
  }

  /** The top-level nodes right under the heading whose text is `heading`, up to the next heading. */
  section(heading: string): RootContent[] {
    const start = this.root.children.findIndex(
      (node) => node.type === 'heading' && plainText(node) === heading,
    );
    if (start < 0) throw new Error(`no heading "${heading}" in:\n${this.headings().join('\n')}`);
    const rest = this.root.children.slice(start + 1);
    const end = rest.findIndex((node) => node.type === 'heading');
    return end < 0 ? rest : rest.slice(0, end);
  }

  /** The section's text as a viewer shows it, one top-level block a line. */
  sectionText(heading: string): string {
    return this.section(heading)
      .map((node) => shownText(node))
      .join('\n');
  }

  /** The text of every list item in the section, in order. */
  listItems(heading: string): string[] {
    return this.section(heading).flatMap((node) =>
      node.type === 'list' ? node.children.map(shownText) : [],
    );
  }

  /** The section's paragraphs as a viewer shows them. */
  paragraphs(heading: string): string[] {
    return this.section(heading).flatMap((node) => (node.type === 'paragraph' ? [shownText(node)] : []));
  }

  /** The section's tables, each as rows of cell texts (the header row first). */
  tables(heading: string): string[][][] {
    return this.section(heading).flatMap((node) => (node.type === 'table' ? [tableCells(node)] : []));
  }

  /** The section's first table as objects keyed by the header's cells. */
  rows(heading: string, index = 0): Array<Record<string, string>> {
    const table = this.tables(heading)[index];
    if (!table) throw new Error(`no table ${index} under "${heading}"`);
    const [header = [], ...body] = table;
    return body.map((cells) => Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])));
  }

  /** Every link's target (`#seq-12`), wherever it is. */
  linkTargets(): string[] {
    return collect(this.root, (node) => (node.type === 'link' ? [node.url] : []));
  }

  /** Every anchor id (`<a id="seq-12">`) the document declares. */
  anchorIds(): string[] {
    return collect(this.root, (node) =>
      node.type === 'html'
        ? [...node.value.matchAll(/<a id="([^"]+)">/g)].map((match) => match[1] ?? '')
        : [],
    );
  }
}

function tableCells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => shownText(cell)));
}

/** Text as a viewer shows it: `<br>` and hard breaks are line breaks, other HTML (anchors) is not seen. */
function shownText(node: AnyNode): string {
  if (node.type === 'html') return node.value === '<br>' ? '\n' : '';
  if (node.type === 'break') return '\n';
  if ('value' in node) return node.value;
  return 'children' in node ? (node.children as AnyNode[]).map(shownText).join('') : '';
}

type AnyNode = Root | RootContent;

function collect<T>(node: AnyNode, pick: (node: AnyNode) => T[]): T[] {
  const children = 'children' in node ? (node.children as AnyNode[]) : [];
  return [...pick(node), ...children.flatMap((child) => collect(child, pick))];
}
