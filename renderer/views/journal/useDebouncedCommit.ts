import { useEffect, useRef, useState } from 'react';

/** Typing settles this long before a search or filter goes to the host. */
export const TYPING_DEBOUNCE_MS = 300;

/**
 * A text field's own value while typing, handed to `commit` once typing pauses. A change of
 * `committed` from elsewhere (a reset) replaces what the field shows.
 */
export function useDebouncedCommit(
  committed: string,
  commit: (value: string) => void,
): [string, (value: string) => void] {
  const [value, setValue] = useState(committed);
  const latestCommit = useRef(commit);
  latestCommit.current = commit;

  useEffect(() => setValue(committed), [committed]);

  useEffect(() => {
    if (value === committed) return;
    const timer = setTimeout(() => latestCommit.current(value), TYPING_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value, committed]);

  return [value, setValue];
}
