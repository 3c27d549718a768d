import { useStore } from 'zustand';
import { calendarDate } from '../../journal/timeFormat';
import { selectViewedDayId } from '../../state/journal/journalDayStore';
import { useJournal } from './journalHooks';

/** Picks the day on screen: the current one, or an earlier one to browse read-only. */
export function DayPicker() {
  const { day } = useJournal();
  const days = useStore(day, (state) => state.days);
  const viewedId = useStore(day, selectViewedDayId);
  const currentId = useStore(day, (state) => state.status?.currentDay?.id ?? null);
  if (days.length === 0) return null;

  return (
    <label className="day-picker">
      <span className="visually-hidden">Day shown</span>
      <select
        value={viewedId ?? ''}
        onChange={(event) => day.getState().selectDay(event.target.value ? Number(event.target.value) : null)}
        data-testid="day-picker"
      >
        {currentId === null && <option value="">No current day</option>}
        {[...days].reverse().map((d) => (
          <option key={d.id} value={d.id}>
            {calendarDate(d.startedAt)} · {d.name}
            {d.id === currentId ? ' (current)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
