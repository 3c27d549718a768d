import type { RunbookInline } from '../../../shared/runbookTypes';
import { isWebUrl } from './runbookText';

/** Inline Markdown as React elements: text stays text, whatever it holds. */
export function InlineContent({ content }: { content: readonly RunbookInline[] }) {
  return (
    <>
      {content.map((inline, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a parsed document is fixed while shown; order is identity
        <Inline key={index} inline={inline} />
      ))}
    </>
  );
}

function Inline({ inline }: { inline: RunbookInline }) {
  switch (inline.type) {
    case 'text':
      return inline.value;
    case 'code':
      return <code>{inline.value}</code>;
    case 'strong':
      return (
        <strong>
          <InlineContent content={inline.children} />
        </strong>
      );
    case 'emphasis':
      return (
        <em>
          <InlineContent content={inline.children} />
        </em>
      );
    case 'delete':
      return (
        <del>
          <InlineContent content={inline.children} />
        </del>
      );
    case 'link':
      // Only the web opens from a runbook; another scheme (file:, javascript:) stays words.
      return isWebUrl(inline.url) ? (
        <a href={inline.url} target="_blank" rel="noopener noreferrer">
          <InlineContent content={inline.children} />
        </a>
      ) : (
        <span className="rb-link-refused" title={`Not opened from a runbook: ${inline.url}`}>
          <InlineContent content={inline.children} />
        </span>
      );
    case 'break':
      return <br />;
  }
}
