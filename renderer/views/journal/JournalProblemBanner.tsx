import { useStore } from 'zustand';
import { selectJournalProblem } from '../../state/journal/journalDayStore';
import { useJournal } from './journalHooks';

/** The configured journal could not be opened: say so loudly, with both files, all the time. */
export function JournalProblemBanner() {
  const { day } = useJournal();
  const problem = useStore(day, selectJournalProblem);
  const path = useStore(day, (state) => state.status?.path ?? null);
  if (!problem) return null;
  return (
    <div className="journal-problem" role="alert" data-testid="journal-problem">
      <strong>Journal problem:</strong> {problem}
      {/* The host's words name both files; the path is added only if they do not. */}
      {path && !problem.includes(path) && (
        <>
          {' '}
          Recording to <code>{path}</code>.
        </>
      )}
    </div>
  );
}
