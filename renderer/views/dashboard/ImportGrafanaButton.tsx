import { useState } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../../app/servicesContext';
import { ImportGrafanaDialog } from './ImportGrafanaDialog';

/** Why the button is disabled: importing writes warroom.yaml, which only a known operator may do. */
const VIEWER_CANNOT_IMPORT = 'A read-only viewer cannot change warroom.yaml.';
const NOT_INTRODUCED = 'Waiting for the host to introduce this console.';

/** Opens the Grafana import; for operators only, since applying it writes the workspace file. */
export function ImportGrafanaButton() {
  const role = useStore(useServices().host.connection, (state) => state.role);
  const blocked = role === 'viewer' ? VIEWER_CANNOT_IMPORT : role === null ? NOT_INTRODUCED : null;
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="dash-button"
        aria-haspopup="dialog"
        disabled={blocked !== null}
        title={blocked ?? undefined}
        data-testid="import-open"
        onClick={() => setOpen(true)}
      >
        Import Grafana…
      </button>
      {open && <ImportGrafanaDialog onClose={() => setOpen(false)} />}
    </>
  );
}
