import { useStore } from 'zustand';
import { useServices } from '../../app/servicesContext';
import { TIME_RANGES } from '../../dashboard/timeRanges';
import { clockTime } from '../../journal/timeFormat';
import { selectCurrentDay } from '../../state/journal/journalDayStore';
import { useDashboard } from './dashboardHooks';

/** The range every chart shows, and pause / follow live. */
export function TimeRangeControls() {
  const { range } = useDashboard();
  const rangeId = useStore(range, (state) => state.rangeId);
  const pausedAt = useStore(range, (state) => state.pausedAt);
  const loading = useStore(range, (state) => state.loading);
  const hasDay = useStore(useServices().journal.day, (state) => selectCurrentDay(state) !== null);
  return (
    <div className="dash-range">
      <div className="dash-segmented" role="radiogroup" aria-label="Time range">
        {TIME_RANGES.map((option) => {
          const blocked = option.id === 'day' && !hasDay;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons reads better than radio inputs on a wall screen
            <button
              key={option.id}
              type="button"
              role="radio"
              aria-checked={rangeId === option.id}
              disabled={blocked}
              title={blocked ? 'Start a test day in the Journal first' : undefined}
              data-testid={`range-${option.id}`}
              onClick={() => range.getState().setRange(option.id)}
            >
              {option.label}
            </button>
          );
        })}
      </div>
      <button
        type="button"
        className="dash-button"
        aria-pressed={pausedAt !== null}
        data-testid="range-pause"
        onClick={() =>
          pausedAt === null ? range.getState().pause(Date.now() / 1000) : range.getState().follow()
        }
      >
        {pausedAt === null ? 'Pause' : `Paused at ${clockTime(pausedAt * 1000)}: follow live`}
      </button>
      {loading && (
        <span className="dash-muted" role="status">
          Loading the range…
        </span>
      )}
    </div>
  );
}
