import type { ViewEntry } from './viewCatalog';

/** A view that later work fills: it says what will be here and which issue brings it. */
export function PendingView({ view }: { view: ViewEntry }) {
  return (
    <section className="view pending-view" aria-labelledby={`view-title-${view.id}`}>
      <h1 id={`view-title-${view.id}`}>{view.label}</h1>
      <p>{view.pending}</p>
    </section>
  );
}
