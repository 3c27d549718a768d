import { useStore } from 'zustand';
import { useServices } from '../../app/servicesContext';
import { clockTime } from '../../journal/timeFormat';

/** Breach notices, where the system's notifications are refused or missing; in every view. */
export function ToastList() {
  const { toasts } = useServices().dashboard;
  const shown = useStore(toasts, (state) => state.toasts);
  return (
    <section className="toast-list" aria-label="Notices" aria-live="assertive">
      {shown.map((toast) => (
        <div key={toast.id} className="toast" data-testid="toast">
          <div className="toast-text">
            <strong>{toast.title}</strong>
            <span className="dash-muted"> {clockTime(toast.at)}</span>
            <p>{toast.body}</p>
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => toasts.getState().dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
