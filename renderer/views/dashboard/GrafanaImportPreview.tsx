import type { GrafanaImportResult } from '../../../shared/workspaceContract';

/** What the host made of the dashboard: the section it would add, what it left out, what to check. */
export function GrafanaImportPreview({ preview }: { preview: GrafanaImportResult }) {
  const panels = preview.converted === 1 ? 'panel' : 'panels';
  return (
    <div className="import-preview" data-testid="import-preview">
      <p data-testid="import-converted" data-count={preview.converted}>
        {preview.converted === 0
          ? 'No Prometheus panel could be converted: there is nothing to add.'
          : `${preview.converted} ${panels} converted into this dashboard: section:`}
      </p>
      {preview.converted > 0 && (
        <section aria-label="The converted dashboard section">
          <pre className="import-yaml" data-testid="import-yaml">
            {preview.yaml}
          </pre>
        </section>
      )}
      {preview.skipped.length > 0 && (
        <section aria-label="Skipped">
          <h3>Skipped ({preview.skipped.length})</h3>
          <ul data-testid="import-skipped">
            {preview.skipped.map(({ panel, reason }) => (
              <li key={`${panel}: ${reason}`}>
                <strong>{panel}</strong>: {reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {preview.warnings.length > 0 && (
        <section aria-label="To check">
          <h3>To check ({preview.warnings.length})</h3>
          <ul data-testid="import-warnings">
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
