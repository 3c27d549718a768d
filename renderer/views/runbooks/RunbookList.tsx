import { type KeyboardEvent, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { groupRunbooks } from '../../state/runbooks/runbookGrouping';
import { selectFilter, selectHighlightedId, selectSummaries } from '../../state/runbooks/runbookListStore';
import { RunbookRow } from './RunbookRow';
import { useRunbooks } from './runbookHooks';

/** The workspace's runbooks by kind, checklists by phase in day order; a filter; ↑ ↓ and Enter. */
export function RunbookList() {
  const { list, detail } = useRunbooks();
  const summaries = useStore(list, selectSummaries);
  const filter = useStore(list, selectFilter);
  const highlightedId = useStore(list, selectHighlightedId);
  const openId = useStore(detail, (state) => state.openId);
  const groups = useMemo(() => groupRunbooks(summaries ?? [], filter), [summaries, filter]);
  const rows = useRef<HTMLDivElement>(null);

  const open = (id: string) => {
    list.getState().highlight(id);
    void detail.getState().open(id);
  };
  /** Arrows move the highlight (and the focus, once in the list); Enter opens the highlighted runbook. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      list.getState().moveHighlight(event.key === 'ArrowDown' ? 1 : -1);
      const id = list.getState().highlightedId;
      const inList = event.target instanceof HTMLElement && rows.current?.contains(event.target);
      if (id !== null && inList) {
        rows.current?.querySelector<HTMLElement>(`[data-runbook-id="${CSS.escape(id)}"]`)?.focus();
      }
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      // Typing a filter and pressing Enter opens the first match.
      if (list.getState().highlightedId === null) list.getState().moveHighlight(1);
      const id = list.getState().highlightedId;
      if (id !== null) open(id);
    }
  };

  return (
    <nav className="rb-list-pane" aria-label="Runbooks" onKeyDown={onKeyDown}>
      <input
        type="search"
        className="rb-filter"
        placeholder="Filter runbooks"
        aria-label="Filter runbooks"
        value={filter}
        onChange={(event) => list.getState().setFilter(event.target.value)}
        data-testid="runbook-filter"
      />
      <div className="rb-list-scroll" ref={rows} data-testid="runbook-list">
        {summaries === null ? (
          <p className="rb-muted">Asking the host for the runbooks…</p>
        ) : summaries.length === 0 ? (
          <p className="rb-muted">No runbooks in this workspace: add Markdown files next to warroom.yaml.</p>
        ) : groups.length === 0 ? (
          <p className="rb-muted">No runbook matches “{filter}”.</p>
        ) : (
          groups.map((group) => (
            <section key={group.id} className="rb-group" data-testid={`runbook-group-${group.id}`}>
              <h2 className="rb-group-title">{group.label}</h2>
              {group.sections.map((section) => (
                <div key={section.phase ?? ''} className="rb-section">
                  {group.id === 'checklist' && (
                    <h3 className="rb-phase" data-testid={`runbook-phase-${section.phase ?? 'none'}`}>
                      {section.phase ?? 'no phase'}
                    </h3>
                  )}
                  <ul className="rb-rows">
                    {section.rows.map((summary) => (
                      <RunbookRow
                        key={summary.id}
                        summary={summary}
                        open={summary.id === openId}
                        highlighted={summary.id === highlightedId}
                        showPhase={group.id !== 'checklist'}
                        onOpen={() => open(summary.id)}
                        onFocus={() => list.getState().highlight(summary.id)}
                      />
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))
        )}
      </div>
    </nav>
  );
}
