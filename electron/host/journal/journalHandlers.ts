import { ApiError } from '../../../shared/apiErrors';
import type { MethodHandlers } from '../apiDispatcher';
import type { SessionContext } from '../sessionContext';
import * as issueWrites from './issueWrites';
import type { Journal } from './journal';
import * as writes from './journalWrites';
import type { PanelSnapshotSource } from './panelSnapshotSource';

type JournalMethod = Extract<keyof MethodHandlers, `journal.${string}`>;

export interface JournalHandlerDeps {
  journal: Journal;
  /** Why the journal in use is not the configured one, or null; status adds why writes fail now. */
  problem: string | null;
  panels: PanelSnapshotSource;
  /** The go-live criteria an override may name: the built-in ones and the workspace's. */
  criterionNames(): string[];
}

/** The journal.* half of the contract. Every write is attributed to the caller's operator. */
export function journalHandlers({
  journal,
  problem,
  panels,
  criterionNames,
}: JournalHandlerDeps): Pick<MethodHandlers, JournalMethod> {
  const actor = (session: SessionContext) => sessionActor(session, journal);

  return {
    'journal.status': (session) => ({
      path: journal.path,
      schemaVersion: journal.schemaVersion,
      currentDay: journal.currentDay(),
      actor: actor(session),
      problem: [problem, journal.writeProblem()].filter((text) => text !== null).join(' ') || null,
    }),
    'journal.setOperator': (session, { name }) => {
      // Per connection: a console reconnecting says again who sits at it.
      session.operator = name;
      return null;
    },
    'journal.days': () => journal.days(),
    'journal.startDay': (session, { name, environment, operators: names }) => {
      const who = actor(session);
      return journal.write(
        writes.startDay({ name, environment: environment ?? 'unspecified', operators: names ?? [who] }, who),
      );
    },
    'journal.endDay': (session, ending) => journal.write(writes.endDay(ending, actor(session))),
    'journal.recordDecision': (session, { decision, reason }) =>
      journal.write(writes.recordDecision(decision, reason, actor(session))),
    'journal.overrideCriterion': (session, { criterion, reason }) => {
      const known = criterionNames();
      if (!known.includes(criterion)) {
        throw new ApiError(
          'bad_request',
          `no sign-off criterion "${criterion}"; the criteria are: ${known.join('; ')}`,
        );
      }
      return journal.write(writes.overrideCriterion(criterion, reason, actor(session)));
    },
    'journal.addNote': (session, { text, corrects }) =>
      journal.write(writes.addNote(text, actor(session), corrects)),
    'journal.logIssue': (session, input) =>
      journal.write(issueWrites.logIssue(input, actor(session), panels.capture())),
    'journal.updateIssue': (session, changes) =>
      journal.write(issueWrites.updateIssue(changes, actor(session))),
    'journal.addActionItem': (session, item) =>
      journal.write(issueWrites.addActionItem(item, actor(session))),
    'journal.linkEvent': (session, { issueId, seq }) =>
      journal.write(issueWrites.linkEvent(issueId, seq, actor(session))),
    'journal.timeline': (_session, { dayId, filter, offset, limit }) =>
      journal.timeline(dayId, filter, offset, limit),
    'journal.issues': (_session, { dayId }) => journal.issues(dayId),
    'journal.issue': (_session, { id }) => journal.issue(id),
    'journal.takeSnapshot': (session, { label }) =>
      journal.write(writes.takeSnapshot(label, panels.capture(), actor(session))),
    'journal.snapshots': (_session, { dayId }) => journal.snapshots(dayId),
    'journal.snapshot': (_session, { id }) => journal.snapshot(id),
    'journal.transcripts': (_session, { dayId, search }) => journal.transcripts(dayId, search),
    'journal.transcript': (_session, { id }) => journal.transcript(id),
  };
}

/** Who a session's actions are attributed to: its operator, else the journal's default. */
export function sessionActor(session: SessionContext, journal: Journal): string {
  return session.operator ?? journal.defaultActor();
}
