import { useStore } from 'zustand';
import { EVENT_KINDS, SEVERITY_MEANINGS } from '../../../shared/journalTypes';
import { EMPTY_FILTER, toggled } from '../../state/journal/timelineQuery';
import { selectTimelineDraft } from '../../state/journal/timelineStore';
import { useJournal } from './journalHooks';
import { SEVERITIES } from './SeverityPicker';
import { useDebouncedCommit } from './useDebouncedCommit';

/** Narrows the timeline by kind, severity, actor and text; typed fields apply once typing pauses. */
export function TimelineFilterBar() {
  const { timeline } = useJournal();
  const draft = useStore(timeline, selectTimelineDraft);
  const apply = (patch: Partial<typeof draft>) =>
    timeline.getState().setFilter({ ...timeline.getState().draft, ...patch });
  const [actor, setActor] = useDebouncedCommit(draft.actor, (value) => apply({ actor: value }));
  const [text, setText] = useDebouncedCommit(draft.text, (value) => apply({ text: value }));
  const kindsLabel = draft.kinds.length === 0 ? 'all kinds' : `${draft.kinds.length} kinds`;

  return (
    <search className="timeline-filter" data-testid="timeline-filter">
      <details className="kind-filter">
        <summary data-testid="timeline-filter-kinds">Kinds: {kindsLabel}</summary>
        <div className="kind-filter-options">
          {EVENT_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={draft.kinds.includes(kind)}
                onChange={() => apply({ kinds: toggled(draft.kinds, kind) })}
                data-testid={`timeline-filter-kind-${kind}`}
              />
              {kind}
            </label>
          ))}
        </div>
      </details>
      <fieldset className="severity-filter" aria-label="Severities">
        {SEVERITIES.map((severity) => (
          <button
            key={severity}
            type="button"
            className={`severity-toggle sev-${severity}`}
            aria-pressed={draft.severities.includes(severity)}
            title={`SEV${severity}: ${SEVERITY_MEANINGS[severity]}`}
            onClick={() => apply({ severities: toggled(draft.severities, severity) })}
            data-testid={`timeline-filter-severity-${severity}`}
          >
            SEV{severity}
          </button>
        ))}
      </fieldset>
      <input
        type="search"
        className="filter-actor"
        placeholder="Actor"
        aria-label="Filter by actor"
        value={actor}
        onChange={(event) => setActor(event.target.value)}
        data-testid="timeline-filter-actor"
      />
      <input
        type="search"
        className="filter-text"
        placeholder="Text in subject or details"
        aria-label="Filter by text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        data-testid="timeline-filter-text"
      />
      <button
        type="button"
        className="plain-button"
        onClick={() => timeline.getState().setFilter(EMPTY_FILTER)}
        data-testid="timeline-filter-clear"
      >
        Clear
      </button>
      {draft.severities.length > 0 && (
        <p className="severity-meanings">
          {[...draft.severities]
            .sort((a, b) => a - b)
            .map((severity) => `SEV${severity}: ${SEVERITY_MEANINGS[severity]}`)
            .join(' · ')}
        </p>
      )}
    </search>
  );
}
