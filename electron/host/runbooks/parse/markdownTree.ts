import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/** Runbooks are GitHub-flavoured Markdown (task lists, tables) with YAML frontmatter. */
const MARKDOWN_OPTIONS = {
  // Built once: building the extensions for every file costs more than parsing a short one.
  extensions: [gfm(), frontmatter(['yaml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

export function markdownTree(text: string): Root {
  return fromMarkdown(text, MARKDOWN_OPTIONS);
}
