import { useStore } from 'zustand';
import type { K6Status, K6ThresholdStatus } from '../../../shared/k6StatusTypes';
import { useServices } from '../../app/servicesContext';
import { clockTime } from '../../journal/timeFormat';
import { failedCount, selectHasK6 } from '../../state/k6/k6StatusSelectors';
import {
  apiWords,
  k6MetricUnit,
  malformedDetails,
  outputTroubles,
  outputWords,
  runWords,
} from '../../state/k6/k6StatusWords';
import { K6ApiMetrics } from './K6ApiMetrics';
import { K6ControlNotices } from './K6ControlNotices';
import { K6Controls } from './K6Controls';
import { K6ThresholdList } from './K6ThresholdList';

/**
 * k6 above the panels, when the environment names it: its JSON output being read, its REST API
 * and the run it reports, the controls, and every threshold's live verdict.
 */
export function K6Bar() {
  const { status } = useServices().k6;
  const shown = useStore(status, selectHasK6);
  const k6 = useStore(status, (state) => state.status);
  if (!shown || k6 === null) return null;
  const failed = failedCount(k6.thresholds);
  return (
    <section
      className={`k6-bar${failed > 0 ? ' has-failed' : ''}`}
      aria-label="k6"
      data-testid="k6-bar"
      data-output-state={k6.output.state}
      data-api-state={k6.api.state}
    >
      <div className="k6-bar-line">
        <strong className="k6-bar-name">k6</strong>
        <K6OutputState output={k6.output} />
        <span className={`k6-api k6-api-${k6.api.state}`} data-testid="k6-api" role="status">
          {apiWords(k6.api, clockTime)}
        </span>
        {k6.api.run && <K6RunState run={k6.api.run} stale={k6.api.state !== 'up'} />}
        <K6Controls status={k6} />
      </div>
      <K6ControlNotices />
      {k6.problems.length > 0 && (
        <ul className="k6-problems" aria-label="Thresholds that cannot be judged" data-testid="k6-problems">
          {k6.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {k6.thresholds.length > 0 && (
        <p className="k6-threshold-count" data-testid="k6-threshold-count" data-failed={failed}>
          Thresholds:{' '}
          {failed > 0 ? `${failed} failed of ${k6.thresholds.length}` : `all ${k6.thresholds.length} ok`}
        </p>
      )}
      <K6ThresholdList thresholds={k6.thresholds} unitOf={metricUnit} label="k6 thresholds" />
      <K6ApiMetrics metrics={k6.api.metrics} />
    </section>
  );
}

const metricUnit = (threshold: K6ThresholdStatus) => k6MetricUnit(threshold.metricKey);

function K6OutputState({ output }: { output: K6Status['output'] }) {
  const troubles = outputTroubles(output);
  return (
    <span className={`k6-output k6-output-${output.state}`} data-testid="k6-output">
      {outputWords(output)}
      {troubles.length > 0 && (
        <span className="k6-output-troubles" data-testid="k6-output-troubles">
          {' · '}
          {troubles.join(' · ')}
        </span>
      )}
      {output.firstMalformed.length > 0 && (
        <details className="k6-malformed" data-testid="k6-malformed">
          <summary>which lines</summary>
          <pre>{malformedDetails(output)}</pre>
        </details>
      )}
    </span>
  );
}

/** The run as k6's API last reported it; greyed while the API does not answer. */
function K6RunState({ run, stale }: { run: NonNullable<K6Status['api']['run']>; stale: boolean }) {
  return (
    <span
      className={`k6-run${run.tainted ? ' is-tainted' : ''}${stale ? ' is-stale' : ''}`}
      data-testid="k6-run"
      data-paused={run.paused}
      data-tainted={run.tainted}
      data-vus={run.vus}
    >
      {runWords(run).join(' · ')}
    </span>
  );
}
