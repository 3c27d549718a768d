import { type ChangeEvent, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../../app/servicesContext';
import { ModalDialog } from '../../shell/ModalDialog';
import { createGrafanaImportStore, oversizeMessage } from '../../state/dashboard/grafanaImportStore';
import { GrafanaImportPreview } from './GrafanaImportPreview';

/** How many panels were added, and ids the host had to change, for the notice after the dialog closes. */
function appliedNotice(converted: number, warnings: readonly string[]): string {
  const added = `Added ${converted} ${converted === 1 ? 'panel' : 'panels'} to warroom.yaml; the dashboard reloads with them.`;
  const renamed = warnings.filter((warning) => warning.includes('is already a panel id'));
  return [added, ...renamed].join(' ');
}

/** A Grafana dashboard's JSON, from a file or pasted, previewed by the host, then added to warroom.yaml. */
export function ImportGrafanaDialog({ onClose }: { onClose(): void }) {
  const { host, dashboard } = useServices();
  const [store] = useState(() => createGrafanaImportStore({ api: host.api }));
  const preview = useStore(store, (state) => state.preview);
  const busy = useStore(store, (state) => state.busy);
  const error = useStore(store, (state) => state.error);
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const tooBig = oversizeMessage(file.size);
    if (tooBig) return store.getState().fail(`${file.name}: ${tooBig}`);
    try {
      await store.getState().previewJson(await file.text());
    } catch (readError) {
      store.getState().fail(`Could not read ${file.name}: ${String(readError)}`);
    }
  };
  const apply = async () => {
    const result = await store.getState().apply();
    if (!result) return;
    dashboard.toasts
      .getState()
      .push('Imported from Grafana', appliedNotice(result.converted, result.warnings));
    onClose();
  };

  return (
    <ModalDialog
      heading="Import a Grafana dashboard"
      onClose={onClose}
      className="dash-tool-dialog import-dialog"
      testId="import-dialog"
      initialFocus={fileInput}
    >
      <p className="dash-muted">
        Its Prometheus panels become warroom.yaml panels, as <code>warroom import grafana</code> makes them.
      </p>
      <label className="import-field">
        Dashboard JSON file (Grafana: Export → Export as JSON)
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(event) => void chooseFile(event)}
        />
      </label>
      <label className="import-field">
        Or paste the JSON
        <textarea
          rows={4}
          spellCheck={false}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          data-testid="import-paste"
        />
      </label>
      <div className="dialog-buttons">
        <button
          type="button"
          className="plain-button"
          disabled={pasted.trim() === ''}
          data-testid="import-preview-pasted"
          onClick={() => void store.getState().previewJson(pasted)}
        >
          Preview the pasted JSON
        </button>
      </div>
      <p className="dash-muted" role="status" data-testid="import-progress">
        {busy === 'preview' ? 'Converting…' : busy === 'apply' ? 'Adding to warroom.yaml…' : ''}
      </p>
      {error && (
        <p className="form-error dash-tool-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {preview && <GrafanaImportPreview preview={preview} />}
      <div className="dialog-buttons">
        <button type="button" className="plain-button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary-button"
          disabled={!preview || preview.converted === 0}
          // Kept focusable while adding, so a refusal leaves the focus in the dialog; apply is never doubled.
          aria-disabled={busy !== null}
          data-testid="import-apply"
          onClick={() => void apply()}
        >
          Add to warroom.yaml
        </button>
      </div>
    </ModalDialog>
  );
}
