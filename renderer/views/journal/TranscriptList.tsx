import { useStore } from 'zustand';
import type { TranscriptSummary } from '../../../shared/journalTypes';
import { clockTime } from '../../journal/timeFormat';
import { selectTranscriptList, selectTranscriptSearch } from '../../state/journal/transcriptsStore';
import { useJournal } from './journalHooks';
import { useDebouncedCommit } from './useDebouncedCommit';

function outcome(transcript: TranscriptSummary): string {
  if (transcript.finishedAt === null) return 'running';
  return transcript.exitCode === null ? 'ended' : `exit ${transcript.exitCode}`;
}

/** The day's command transcripts; the search looks inside their output. */
export function TranscriptList() {
  const { transcripts } = useJournal();
  const list = useStore(transcripts, selectTranscriptList);
  const committed = useStore(transcripts, selectTranscriptSearch);
  const [search, setSearch] = useDebouncedCommit(committed, (value) =>
    transcripts.getState().setSearch(value),
  );

  return (
    <div className="panel-body">
      <input
        type="search"
        className="panel-search"
        placeholder="Search the output"
        aria-label="Search transcripts"
        maxLength={200}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        data-testid="transcript-search"
      />
      {list.length === 0 ? (
        <p className="panel-empty">
          {committed.trim() ? 'No transcript contains that.' : 'No commands on this day.'}
        </p>
      ) : (
        <ul className="panel-list" data-testid="transcript-list">
          {list.map((transcript) => (
            <li key={transcript.id}>
              <button
                type="button"
                className="panel-list-item"
                onClick={() => void transcripts.getState().open(transcript.id)}
                data-testid="transcript-row"
              >
                <code className="panel-item-title">{transcript.command}</code>
                <span className={`panel-item-detail ${transcript.exitCode ? 'failed' : ''}`}>
                  {clockTime(transcript.startedAt)} · {outcome(transcript)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
