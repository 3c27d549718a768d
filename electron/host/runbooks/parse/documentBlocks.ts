import type { List, ListItem, Root, RootContent } from 'mdast';
import type { RunbookBlock } from '../../../../shared/runbookTypes';
import { inlineContent, plainText } from './inlineContent';
import type { StepCollector } from './stepCollector';

/** Headings open sections; a deeper heading nests inside, a same or shallower one replaces. */
class SectionTrail {
  private readonly open: { depth: number; title: string }[] = [];
  firstHeading: string | null = null;

  enter(depth: number, title: string): void {
    while ((this.open.at(-1)?.depth ?? 0) >= depth) this.open.pop();
    this.open.push({ depth, title });
    this.firstHeading ??= title;
  }

  get titles(): string[] {
    return this.open.map((section) => section.title);
  }
}

/**
 * The document block by block, in order, with each step where it was written: a task-list
 * item's text becomes a check step, a shell or probe fence a command or probe step.
 */
export function documentBlocks(
  root: Root,
  steps: StepCollector,
): { blocks: RunbookBlock[]; firstHeading: string | null } {
  const sections = new SectionTrail();

  const convertAll = (nodes: readonly RootContent[]): RunbookBlock[] => nodes.flatMap(convert);

  const listItem = (item: ListItem): RunbookBlock[] => {
    const [first, ...rest] = item.children;
    if (item.checked !== null && item.checked !== undefined && first?.type === 'paragraph') {
      const stepId = steps.check(item, first, sections.titles);
      if (stepId !== null) return [{ type: 'step', stepId }, ...convertAll(rest)];
    }
    return convertAll(item.children);
  };

  const list = (node: List): RunbookBlock => ({
    type: 'list',
    ordered: node.ordered === true,
    items: node.children.map(listItem),
  });

  function convert(node: RootContent): RunbookBlock[] {
    switch (node.type) {
      case 'heading': {
        const content = inlineContent(node.children);
        sections.enter(node.depth, plainText(content));
        return [{ type: 'heading', depth: node.depth, content }];
      }
      case 'paragraph':
        return [{ type: 'paragraph', content: inlineContent(node.children) }];
      case 'html':
        return [{ type: 'paragraph', content: [{ type: 'text', value: node.value }] }];
      case 'list':
        return [list(node)];
      case 'blockquote':
        return [{ type: 'quote', children: convertAll(node.children) }];
      case 'code': {
        const stepId = steps.fence(node, sections.titles);
        return [
          stepId === null
            ? { type: 'code', language: node.lang ?? null, text: node.value }
            : { type: 'step', stepId },
        ];
      }
      case 'table':
        return [
          {
            type: 'table',
            rows: node.children.map((row) => row.children.map((cell) => inlineContent(cell.children))),
          },
        ];
      case 'thematicBreak':
        return [{ type: 'rule' }];
      case 'footnoteDefinition':
        return convertAll(node.children);
      default:
        return [];
    }
  }

  return { blocks: convertAll(root.children), firstHeading: sections.firstHeading };
}
