import { type KeyboardEvent, useState } from 'react';
import { useStore } from 'zustand';
import { ErrorNotice } from './ErrorNotice';
import { useJournal } from './journalHooks';

/** A note for the current day: Enter records it, Shift+Enter starts a new line. */
export function NoteBox() {
  const { note } = useJournal();
  const busy = useStore(note, (state) => state.busy);
  const error = useStore(note, (state) => state.error);
  const [text, setText] = useState('');

  const submit = async () => {
    if (busy || !text.trim()) return;
    if (await note.getState().addNote(text)) setText('');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <div className="note-box">
      <ErrorNotice message={error} onDismiss={() => note.getState().dismissError()} />
      <div className="note-row">
        <textarea
          className="note-input"
          rows={2}
          maxLength={20_000}
          placeholder="Add a note to the day (Enter records it, Shift+Enter for a new line)"
          aria-label="Note"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid="note-input"
        />
        <button
          type="button"
          className="primary-button"
          disabled={busy || !text.trim()}
          onClick={() => void submit()}
          data-testid="note-submit"
        >
          Add note
        </button>
      </div>
    </div>
  );
}
