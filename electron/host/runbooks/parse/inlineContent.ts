import type { PhrasingContent } from 'mdast';
import type { RunbookInline } from '../../../../shared/runbookTypes';

/** Markdown's inline nodes reduced to what a runbook view renders; raw HTML becomes its text. */
export function inlineContent(nodes: readonly PhrasingContent[]): RunbookInline[] {
  return nodes.flatMap((node): RunbookInline[] => {
    switch (node.type) {
      case 'text':
      case 'html':
        return [{ type: 'text', value: node.value }];
      case 'inlineCode':
        return [{ type: 'code', value: node.value }];
      case 'strong':
      case 'emphasis':
      case 'delete':
        return [{ type: node.type, children: inlineContent(node.children) }];
      case 'link':
        return [{ type: 'link', url: node.url, children: inlineContent(node.children) }];
      case 'linkReference':
        return inlineContent(node.children);
      case 'image':
      case 'imageReference':
        return node.alt ? [{ type: 'text', value: node.alt }] : [];
      case 'break':
        return [{ type: 'break' }];
      case 'footnoteReference':
        return [{ type: 'text', value: `[^${node.label ?? node.identifier}]` }];
      default:
        return [];
    }
  });
}

/** The text of inline content on one line, for titles. */
export function plainText(nodes: readonly RunbookInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'code') return node.value;
      if (node.type === 'break') return ' ';
      return plainText(node.children);
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
