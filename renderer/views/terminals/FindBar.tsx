import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { TerminalId } from '../../../shared/terminalTypes';
import { useServices } from '../../app/servicesContext';
import { selectFindFocusRequests, selectFindQuery } from '../../state/findBarStore';
import type { SearchResults } from '../../terminals/xtermTerminalView';

function describeResults(results: SearchResults | null, query: string): string {
  if (!query || !results) return '';
  if (results.resultCount === 0) return 'No matches';
  // The addon stops counting positions past its highlight limit.
  if (results.resultIndex === -1) return `${results.resultCount}+ matches`;
  return `${results.resultIndex + 1} of ${results.resultCount}`;
}

/** Find in the active terminal: Enter for next, Shift+Enter for previous, Escape to close. */
export function FindBar({ terminalId }: { terminalId: TerminalId }) {
  const { findBar, terminalController } = useServices();
  const query = useStore(findBar, selectFindQuery);
  const focusRequests = useStore(findBar, selectFindFocusRequests);
  const [results, setResults] = useState<SearchResults | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const view = terminalController.view(terminalId);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each request to find takes the focus again
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequests]);

  useEffect(() => {
    if (!view) return;
    const subscription = view.onSearchResults(setResults);
    const { query: current } = findBar.getState();
    if (current) view.findNext(current, true);
    return () => {
      subscription.dispose();
      view.clearSearch();
      setResults(null);
    };
  }, [view, findBar]);

  const close = () => {
    findBar.getState().hide();
    view?.focus();
  };
  const next = () => query && view?.findNext(query);
  const previous = () => query && view?.findPrevious(query);

  const onChange = (value: string) => {
    findBar.getState().setQuery(value);
    if (value) view?.findNext(value, true);
    else {
      view?.clearSearch();
      setResults(null);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) previous();
      else next();
    }
  };

  return (
    <search className="find-bar">
      <input
        ref={input}
        type="text"
        className="find-input"
        aria-label="Find in terminal"
        placeholder="Find in terminal"
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="find-results" aria-live="polite">
        {describeResults(results, query)}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        onClick={previous}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        title="Next match (Enter)"
        onClick={next}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Close find bar"
        title="Close (Escape)"
        onClick={close}
      >
        ×
      </button>
    </search>
  );
}
