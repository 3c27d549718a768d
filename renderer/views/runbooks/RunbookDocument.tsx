import type { ReactNode } from 'react';
import type { RunbookBlock } from '../../../shared/runbookTypes';
import { InlineContent } from './InlineContent';

/** The view's own headings are h1 (Runbooks) and h2 (the runbook's title): the document's start below. */
const HEADING_TAGS = ['h3', 'h3', 'h4', 'h5', 'h6', 'h6'] as const;

interface DocumentProps {
  blocks: readonly RunbookBlock[];
  /** Draws the step card that stands where the runbook wrote the step. */
  renderStep(stepId: string): ReactNode;
}

/** The runbook's Markdown as React elements, with its steps as cards where they were written. */
export function RunbookDocument({ blocks, renderStep }: DocumentProps) {
  return (
    <div className="rb-document" data-testid="runbook-document">
      <Blocks blocks={blocks} renderStep={renderStep} />
    </div>
  );
}

function Blocks({ blocks, renderStep }: DocumentProps) {
  return (
    <>
      {blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a parsed document is fixed while shown; order is identity
        <Block key={index} block={block} renderStep={renderStep} />
      ))}
    </>
  );
}

function Block({ block, renderStep }: { block: RunbookBlock; renderStep: DocumentProps['renderStep'] }) {
  switch (block.type) {
    case 'heading': {
      const Heading = HEADING_TAGS[Math.min(HEADING_TAGS.length, Math.max(1, block.depth)) - 1] ?? 'h6';
      return (
        <Heading className="rb-heading">
          <InlineContent content={block.content} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <InlineContent content={block.content} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="rb-list">
          {block.items.map((item, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a parsed document is fixed while shown; order is identity
              key={index}
              className={item.length === 1 && item[0]?.type === 'step' ? 'rb-step-item' : undefined}
            >
              <Blocks blocks={item} renderStep={renderStep} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <blockquote className="rb-quote">
          <Blocks blocks={block.children} renderStep={renderStep} />
        </blockquote>
      );
    case 'code':
      return (
        <pre className="rb-code" data-language={block.language ?? undefined}>
          <code>{block.text}</code>
        </pre>
      );
    case 'table':
      return <Table rows={block.rows} />;
    case 'rule':
      return <hr className="rb-rule" />;
    case 'step':
      return renderStep(block.stepId);
  }
}

/** A Markdown table: its first row is the header, as GFM writes it. */
function Table({ rows }: { rows: Extract<RunbookBlock, { type: 'table' }>['rows'] }) {
  const [head, ...body] = rows;
  return (
    <div className="rb-table-wrap">
      <table className="rb-table">
        {head && (
          <thead>
            <tr>
              {head.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a parsed document is fixed while shown; order is identity
                <th key={index} scope="col">
                  <InlineContent content={cell} />
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {body.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a parsed document is fixed while shown; order is identity
            <tr key={rowIndex}>
              {row.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a parsed document is fixed while shown; order is identity
                <td key={index}>
                  <InlineContent content={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
