import type { K6ThresholdStatus } from '../../../shared/k6StatusTypes';
import type { PanelUnit } from '../../../shared/workspace/panelVocabulary';
import { clockTime } from '../../journal/timeFormat';
import { failedFirst } from '../../state/k6/k6StatusSelectors';
import { observedWords, originWords, verdictWords, WOULD_ABORT_WORDS } from '../../state/k6/k6StatusWords';

/**
 * k6 thresholds with their live verdicts, failed ones first: the expression, ok or failed and
 * since when, the value judged (in `unitOf` its threshold's), and whether k6 would abort for it.
 */
export function K6ThresholdList({
  thresholds,
  unitOf,
  label,
}: {
  thresholds: readonly K6ThresholdStatus[];
  unitOf(threshold: K6ThresholdStatus): PanelUnit | null;
  label: string;
}) {
  if (thresholds.length === 0) return null;
  return (
    <ul className="k6-thresholds" aria-label={label} data-testid="k6-thresholds">
      {failedFirst(thresholds).map((threshold) => (
        <li
          key={threshold.key}
          className={`k6-threshold is-${threshold.verdict}`}
          title={originWords(threshold)}
          data-testid="k6-threshold"
          data-verdict={threshold.verdict}
          data-would-abort={threshold.wouldAbort}
        >
          <span className={`k6-verdict k6-verdict-${threshold.verdict}`}>
            {verdictWords(threshold, clockTime)}
          </span>
          <code className="k6-threshold-key">{threshold.key}</code>
          <span className="k6-observed">{observedWords(threshold, unitOf(threshold))}</span>
          {threshold.wouldAbort && <span className="k6-would-abort">{WOULD_ABORT_WORDS}</span>}
        </li>
      ))}
    </ul>
  );
}
