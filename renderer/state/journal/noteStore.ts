import { createStore } from 'zustand/vanilla';
import { failureMessage, type JournalAccess, readOnlyMessage } from './journalAccess';

/** The note box: a note goes to the current day (the host starts one if there is none). */
export interface NoteState {
  busy: boolean;
  error: string | null;
  /** True once the host has recorded it, so the box can be cleared. */
  addNote(text: string): Promise<boolean>;
  dismissError(): void;
}

export type NoteStore = ReturnType<typeof createNoteStore>;

export function createNoteStore({ api, canOperate }: JournalAccess) {
  return createStore<NoteState>()((set) => ({
    busy: false,
    error: null,
    addNote: async (text) => {
      if (!canOperate()) {
        set({ error: readOnlyMessage('add the note') });
        return false;
      }
      if (!text.trim()) return false;
      set({ busy: true });
      try {
        await api.journal.addNote({ text });
        set({ busy: false, error: null });
        return true;
      } catch (error) {
        set({ busy: false, error: failureMessage('add the note', error) });
        return false;
      }
    },
    dismissError: () => set({ error: null }),
  }));
}
