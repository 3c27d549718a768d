import { useState } from 'react';
import { useStore } from 'zustand';
import { dateAndTime } from '../../journal/timeFormat';
import {
  selectCurrentDay,
  selectIsBrowsingEarlierDay,
  selectViewedDay,
} from '../../state/journal/journalDayStore';
import { DayPicker } from './DayPicker';
import { DayStartForm } from './DayStartForm';
import { DecisionForm } from './DecisionForm';
import { ErrorNotice } from './ErrorNotice';
import { useCanOperate, useJournal } from './journalHooks';
import { OperatorName } from './OperatorName';

type OpenForm = 'decision' | 'end' | null;

/** The test day: what it is, starting and ending it, decisions, and earlier days to browse. */
export function DayBar() {
  const { day } = useJournal();
  const viewed = useStore(day, selectViewedDay);
  const current = useStore(day, selectCurrentDay);
  const browsing = useStore(day, selectIsBrowsingEarlierDay);
  const loaded = useStore(day, (state) => state.status !== null);
  const error = useStore(day, (state) => state.error);
  const canOperate = useCanOperate();
  const [form, setForm] = useState<OpenForm>(null);

  return (
    <div className="day-bar" data-testid="day-bar">
      <div className="day-bar-row">
        {viewed ? (
          <div className="day-summary" data-testid="day-summary" data-day-id={viewed.id}>
            <h2 className="day-name" data-testid="day-name">
              {viewed.name}
            </h2>
            <span className="day-detail">
              {viewed.environment && <span>env {viewed.environment}</span>}
              {viewed.operators.length > 0 && <span>{viewed.operators.join(', ')}</span>}
              <span>started {dateAndTime(viewed.startedAt)}</span>
              {viewed.endedAt !== null && <span>ended {dateAndTime(viewed.endedAt)}</span>}
              {viewed.decision && (
                <span
                  className={`decision decision-${viewed.decision}`}
                  title={viewed.decisionReason ?? undefined}
                >
                  {viewed.decision}
                </span>
              )}
            </span>
          </div>
        ) : (
          <h2 className="day-name">{loaded ? 'No test day in progress' : 'Journal'}</h2>
        )}
        <DayPicker />
        {browsing && (
          <span className="read-only-tag" data-testid="browsing-earlier-day">
            Earlier day: read-only
            <button type="button" className="plain-button" onClick={() => day.getState().selectDay(null)}>
              Back to {current ? 'the current day' : 'now'}
            </button>
          </span>
        )}
        <div className="day-actions">
          <OperatorName />
          {canOperate && !browsing && current && form === null && (
            <>
              <button type="button" className="plain-button" onClick={() => setForm('decision')}>
                Record decision
              </button>
              <button
                type="button"
                className="plain-button"
                onClick={() => setForm('end')}
                data-testid="day-end"
              >
                End the day
              </button>
            </>
          )}
        </div>
      </div>
      {canOperate && !browsing && loaded && !current && <DayStartForm />}
      {canOperate && current && form !== null && <DecisionForm purpose={form} onDone={() => setForm(null)} />}
      <ErrorNotice message={error} onDismiss={() => day.getState().dismissError()} />
    </div>
  );
}
