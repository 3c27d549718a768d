import { useStore } from 'zustand';
import { useServices } from '../../app/servicesContext';
import type { JournalStores } from '../../journal/journalStores';
import { selectIsBrowsingEarlierDay } from '../../state/journal/journalDayStore';

export function useJournal(): JournalStores {
  return useServices().journal;
}

/** A known operator may act; a viewer, or a console not yet introduced, only watches. */
export function useCanOperate(): boolean {
  return useStore(useServices().host.connection, (state) => state.role === 'operator');
}

/** Writing to the journal: an operator looking at the current day, not browsing an earlier one. */
export function useCanWriteJournal(): boolean {
  const canOperate = useCanOperate();
  const browsing = useStore(useJournal().day, selectIsBrowsingEarlierDay);
  return canOperate && !browsing;
}
