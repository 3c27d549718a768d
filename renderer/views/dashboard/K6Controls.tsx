import { type ChangeEvent, useRef } from 'react';
import { useStore } from 'zustand';
import type { K6Status } from '../../../shared/k6StatusTypes';
import { useServices } from '../../app/servicesContext';
import { k6ControlAvailability } from '../../state/k6/k6ControlAvailability';
import { summaryTooLargeMessage } from '../../state/k6/k6SummaryFile';
import { K6StopDialog } from './K6StopDialog';

/**
 * Pause, resume and stop through k6's REST API (stop after a confirmation), the VU scaling k6
 * no longer offers, and journaling a summary: from the output read, or from a file k6 wrote.
 */
export function K6Controls({ status }: { status: K6Status }) {
  const { host, k6 } = useServices();
  const role = useStore(host.connection, (state) => state.role);
  const inFlight = useStore(k6.control, (state) => state.inFlight);
  const confirmingStop = useStore(k6.control, (state) => state.confirmingStop);
  const fileInput = useRef<HTMLInputElement>(null);
  const control = k6.control.getState();
  const off = k6ControlAvailability(status, role);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file) return;
    const tooLarge = summaryTooLargeMessage(file.name, { bytes: file.size });
    if (tooLarge) return control.fail('import', tooLarge);
    let text: string;
    try {
      text = await file.text();
    } catch (readError) {
      return control.fail('import', `Could not read ${file.name}: ${String(readError)}`);
    }
    await control.importSummary(file.name, text);
  };

  const button = (
    name: string,
    label: string,
    disabledBecause: string | null,
    onClick: () => void,
    className = 'dash-button',
  ) => (
    <button
      type="button"
      className={className}
      disabled={disabledBecause !== null}
      title={disabledBecause ?? undefined}
      // Kept clickable while another call is on its way; the store never doubles a call.
      aria-busy={inFlight === name}
      data-testid={`k6-${name}`}
      onClick={onClick}
    >
      {label}
    </button>
  );

  return (
    <div className="k6-controls">
      {button('pause', 'Pause', off.pause, () => void control.pause())}
      {button('resume', 'Resume', off.resume, () => void control.resume())}
      {button('stop', 'Stop…', off.stop, () => control.askStop(), 'dash-button k6-stop')}
      {button('scale', 'Scale VUs', off.scale, () => control.askScaleVus())}
      {button('record', 'Record summary', off.record, () => void control.recordSummary())}
      {button('import', 'Import summary…', off.import, () => fileInput.current?.click())}
      <input
        ref={fileInput}
        type="file"
        className="visually-hidden"
        accept=".json,application/json"
        tabIndex={-1}
        aria-hidden="true"
        disabled={off.import !== null}
        data-testid="k6-import-file"
        onChange={(event) => void chooseFile(event)}
      />
      {confirmingStop && (
        <K6StopDialog onStop={() => void control.confirmStop()} onCancel={() => control.cancelStop()} />
      )}
    </div>
  );
}
