import { createStore } from 'zustand/vanilla';
import type { GrafanaImportResult } from '../../../shared/workspaceContract';
import { MAX_GRAFANA_JSON_CHARS } from '../../../shared/workspaceContract';
import { type DashboardAccess, dashboardFailureMessage } from './dashboardAccess';

/** A Grafana dashboard on its way into warroom.yaml: the JSON chosen, the host's preview, then apply. */
export interface GrafanaImportState {
  /** The JSON previewed, which apply sends again. */
  json: string | null;
  preview: GrafanaImportResult | null;
  /** What the host is doing for this import, if anything. */
  busy: 'preview' | 'apply' | null;
  error: string | null;
  /** Asks the host to convert `json`; the preview replaces any earlier one. */
  previewJson(json: string): Promise<void>;
  /** Adds the previewed dashboard to warroom.yaml; resolves to the host's answer, or null when refused. */
  apply(): Promise<GrafanaImportResult | null>;
  /** Shows why a file could not be read or sent. */
  fail(message: string): void;
}

export type GrafanaImportStore = ReturnType<typeof createGrafanaImportStore>;

/** Too big for the host: said before reading or sending it. */
export function oversizeMessage(chars: number): string | null {
  if (chars <= MAX_GRAFANA_JSON_CHARS) return null;
  const megabytes = (chars / 1024 / 1024).toFixed(1);
  return `That is ${megabytes} MB; a Grafana dashboard is at most ${MAX_GRAFANA_JSON_CHARS / 1024 / 1024} MB of JSON.`;
}

export function createGrafanaImportStore({ api }: DashboardAccess) {
  return createStore<GrafanaImportState>()((set, get) => ({
    json: null,
    preview: null,
    busy: null,
    error: null,
    previewJson: async (json) => {
      const tooBig = oversizeMessage(json.length);
      if (tooBig) return set({ json: null, preview: null, error: tooBig });
      set({ json, preview: null, busy: 'preview', error: null });
      try {
        const preview = await api.workspace.importGrafana({ json, mode: 'preview' });
        // A later choice of file wins over an earlier answer still on its way.
        if (get().json === json) set({ preview, busy: null });
      } catch (error) {
        if (get().json === json)
          set({ busy: null, error: dashboardFailureMessage('read the dashboard', error) });
      }
    },
    apply: async () => {
      const { json, busy } = get();
      if (json === null || busy !== null) return null;
      set({ busy: 'apply', error: null });
      try {
        const result = await api.workspace.importGrafana({ json, mode: 'apply' });
        set({ busy: null });
        return result;
      } catch (error) {
        set({ busy: null, error: dashboardFailureMessage('add it to warroom.yaml', error) });
        return null;
      }
    },
    fail: (message) => set({ json: null, preview: null, busy: null, error: message }),
  }));
}
