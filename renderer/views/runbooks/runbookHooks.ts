import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../../app/servicesContext';
import type { RunbookStores } from '../../state/runbooks/runbookStores';

/** How often running durations move on screen. */
const CLOCK_TICK_MS = 1_000;

export function useRunbooks(): RunbookStores {
  return useServices().runbooks;
}

/** A known operator may tick and run; a viewer, or a console not yet introduced, only watches. */
export function useCanOperate(): boolean {
  return useStore(useServices().host.connection, (state) => state.role === 'operator');
}

/** The time now, moving each second while `live`, so running steps show how long they have run. */
export function useNow(live: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!live) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, [live]);
  return now;
}
