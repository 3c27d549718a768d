import { describeTarget, type TargetSpec } from '../../../../shared/targetTypes';
import type { TargetTransition } from '../targets/targetTracker';
import type { PolledPanel } from './polledPanel';

/** A breach or recovery as the journal records it. */
export interface ThresholdEvent {
  kind: 'threshold.breached' | 'threshold.recovered';
  subject: string;
  payload: Record<string, unknown>;
}

/** Four significant digits: enough to tell 0.3 from 0.31, short enough for a timeline row. */
function shown(value: number): string {
  return Number(value.toPrecision(4)).toString();
}

/** Journal words for a target's breach or recovery on a panel's query. */
export function thresholdEvent(
  panel: PolledPanel,
  queryIndex: number,
  target: TargetSpec,
  transition: TargetTransition,
): ThresholdEvent {
  const query = panel.queries[queryIndex];
  const what = `${panel.title}${query?.legend ? ` (${query.legend})` : ''}`;
  const wanted = `${describeTarget(target)}${target.forMs ? ` for ${target.forMs / 1000} s` : ''}`;
  const payload = {
    panelId: panel.id,
    panelTitle: panel.title,
    queryIndex,
    expr: query?.expr ?? null,
    target: { ...target },
    ...transition,
  };
  if (transition.kind === 'breached') {
    return {
      kind: 'threshold.breached',
      subject: `${what} breached its target: ${shown(transition.value)}, wanted ${wanted}`,
      payload,
    };
  }
  return {
    kind: 'threshold.recovered',
    subject: `${what} back within its target after ${Math.round(transition.lastedMs / 1000)} s: ${shown(transition.value)} (worst ${shown(transition.worstValue)})`,
    payload,
  };
}
