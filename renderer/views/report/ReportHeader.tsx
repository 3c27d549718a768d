import { useStore } from 'zustand';
import { clockTime } from '../../journal/timeFormat';
import { ReportDayPickers } from './ReportDayPickers';
import { useReport } from './reportContext';

/** The verdict, large, with its reason; which day it is, as of when, and whether it is still recorded. */
export function ReportHeader() {
  const preview = useStore(useReport().preview, (state) => state.preview);
  return (
    <header className="report-header">
      {preview && (
        <div className={`report-verdict report-verdict-${preview.verdict}`} data-testid="report-verdict">
          <strong className="report-verdict-word" data-verdict={preview.verdict}>
            {preview.verdict === 'go' ? 'GO' : 'NO-GO'}
          </strong>
          <span className="report-verdict-reason" data-testid="report-verdict-reason">
            {preview.verdictReason}
          </span>
        </div>
      )}
      <div className="report-header-line">
        <ReportDayPickers />
        {preview && (
          <span className="report-as-of" data-testid="report-as-of" data-ongoing={preview.ongoing}>
            {preview.dayName} · as of {clockTime(preview.asOfMs)} ·{' '}
            {preview.ongoing ? 'still being recorded' : 'the day has ended'}
          </span>
        )}
      </div>
    </header>
  );
}
