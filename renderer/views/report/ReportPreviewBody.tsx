import type { ReportPreview } from '../../../shared/reportContract';
import { shortenedWords } from '../../state/report/reportWords';

/**
 * The report as the HTML export writes it. The host escapes every journal text in it and scopes
 * its style sheet to `.warroom-report`; the page's CSP runs no script that could hide in it.
 */
export function ReportPreviewBody({ preview }: { preview: ReportPreview }) {
  const shortened = shortenedWords(preview.shortened);
  return (
    <section className="report-preview" aria-label="Report preview" data-testid="report-preview">
      {shortened && (
        <p className="report-note" data-testid="report-shortened">
          {shortened}
        </p>
      )}
      <style>{preview.css}</style>
      <div
        className="warroom-report"
        data-testid="report-preview-body"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the host's report HTML, every journal text escaped.
        dangerouslySetInnerHTML={{ __html: preview.html }}
      />
    </section>
  );
}
