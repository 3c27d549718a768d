import { useStore } from 'zustand';
import type { DayInfo } from '../../../shared/journalTypes';
import { calendarDate } from '../../journal/timeFormat';
import { defaultReportDayId } from '../../state/report/reportDays';
import { selectComparedDayId, selectShownDayId } from '../../state/report/reportPreviewStore';
import { useReport } from './reportContext';

function dayLabel(day: DayInfo): string {
  return `${calendarDate(day.startedAt)} · ${day.name}${day.endedAt === null ? ' (being recorded)' : ''}`;
}

/** Which day the report is of (the default follows the recorded day), and which to compare it with. */
export function ReportDayPickers() {
  const { preview } = useReport();
  const days = useStore(preview, (state) => state.days);
  const shownId = useStore(preview, selectShownDayId);
  const compareId = useStore(preview, selectComparedDayId);
  if (days.length === 0) return null;
  const newestFirst = [...days].sort((a, b) => b.id - a.id);
  const comparable = newestFirst.filter((day) => day.id !== shownId);

  return (
    <div className="report-pickers">
      <label>
        Day
        <select
          value={shownId ?? ''}
          onChange={(event) => {
            const id = Number(event.target.value);
            // Picking the default follows it: the next day started is reported on at once.
            preview.getState().pickDay(id === defaultReportDayId(days) ? null : id);
          }}
          data-testid="report-day-picker"
        >
          {newestFirst.map((day) => (
            <option key={day.id} value={day.id}>
              {dayLabel(day)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Compare with
        <select
          value={compareId ?? ''}
          onChange={(event) =>
            preview.getState().pickCompare(event.target.value ? Number(event.target.value) : null)
          }
          data-testid="report-compare-picker"
        >
          <option value="">no other day</option>
          {comparable.map((day) => (
            <option key={day.id} value={day.id}>
              {dayLabel(day)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
