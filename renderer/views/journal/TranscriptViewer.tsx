import { useStore } from 'zustand';
import { dateAndTime } from '../../journal/timeFormat';
import { selectOpenedTranscript } from '../../state/journal/transcriptsStore';
import { useJournal } from './journalHooks';

/** One transcript as plain text: what the command printed, up to the cap. */
export function TranscriptViewer() {
  const { transcripts } = useJournal();
  const opened = useStore(transcripts, selectOpenedTranscript);
  return (
    <div className="panel-body transcript-viewer">
      <button type="button" className="plain-button" onClick={() => transcripts.getState().close()}>
        ← All transcripts
      </button>
      {!opened ? (
        <p className="panel-empty">Loading…</p>
      ) : (
        <>
          <p>
            <code>{opened.summary.command}</code>
            <span className="panel-item-detail">
              {' '}
              {dateAndTime(opened.summary.startedAt)} on {opened.summary.terminalId}
              {opened.summary.exitCode !== null && ` · exit ${opened.summary.exitCode}`}
              {opened.summary.truncated && ' · output cut off at the cap'}
            </span>
          </p>
          <pre className="transcript-text" data-testid="transcript-text">
            {opened.text}
          </pre>
        </>
      )}
    </div>
  );
}
