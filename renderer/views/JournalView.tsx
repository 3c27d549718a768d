import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';
import { DayBar } from './journal/DayBar';
import { JournalProblemBanner } from './journal/JournalProblemBanner';
import { JournalSidePanel } from './journal/JournalSidePanel';
import { useCanOperate, useCanWriteJournal } from './journal/journalHooks';
import { NoteBox } from './journal/NoteBox';
import { SnapshotOverlay } from './journal/SnapshotOverlay';
import { Timeline } from './journal/Timeline';
import { TimelineFilterBar } from './journal/TimelineFilterBar';
import { TimelineStatus } from './journal/TimelineStatus';

/** The day's record: the day bar, the timeline with its filters and note box, and the side panel. */
export function JournalView() {
  const canOperate = useCanOperate();
  const canWrite = useCanWriteJournal();
  const introduced = useStore(useServices().host.connection, (state) => state.role !== null);
  return (
    <section className="view journal-view" aria-label="Journal" data-testid="journal-view">
      <JournalProblemBanner />
      <DayBar />
      {introduced && !canOperate && (
        <p className="read-only-note">Read-only: you can browse the journal, but not write to it.</p>
      )}
      <div className="journal-body">
        <div className="journal-main">
          <TimelineFilterBar />
          <TimelineStatus />
          <Timeline />
          {canWrite && <NoteBox />}
        </div>
        <JournalSidePanel />
      </div>
      <SnapshotOverlay />
    </section>
  );
}
