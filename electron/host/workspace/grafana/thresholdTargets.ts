import type { ImportedTarget } from './importedDashboard';
import { type JsonObject, numberAt, objectsAt, stringAt } from './jsonFields';
import { isRedColor } from './redColors';

export interface ThresholdConversion {
  target?: ImportedTarget;
  /** Why thresholds the panel has gave no target. */
  note?: string;
}

/** Grafana gives every new panel green, then red from 80; left as they are, they say nothing about the panel. */
const GRAFANA_DEFAULT_RED_FROM = 80;

function isGrafanaDefault(steps: JsonObject[]): boolean {
  const [base, red] = steps;
  return (
    steps.length === 2 &&
    numberAt(base, 'value') === undefined &&
    stringAt(base, 'color') === 'green' &&
    numberAt(red, 'value') === GRAFANA_DEFAULT_RED_FROM &&
    stringAt(red, 'color') === 'red'
  );
}

const isRedStep = (step: JsonObject) => isRedColor(stringAt(step, 'color') ?? '');

/**
 * The target in `fieldConfig.defaults.thresholds` (Grafana 7+). A step colors values from its
 * value up, the base step (value null) everything below: the values must stay under the first
 * red step, or else under the last step; a red base with no red above asks for at least the first step.
 */
export function targetFromThresholds(thresholds: JsonObject | undefined): ThresholdConversion {
  const steps = objectsAt(thresholds, 'steps');
  const above = steps
    .filter((step) => numberAt(step, 'value') !== undefined)
    .sort((a, b) => (numberAt(a, 'value') ?? 0) - (numberAt(b, 'value') ?? 0));
  const first = above[0];
  const last = above.at(-1);
  if (first === undefined || last === undefined) return {};
  if (stringAt(thresholds, 'mode') === 'percentage') {
    return { note: 'thresholds in percent of the value range left out: a Warroom target is a value' };
  }
  if (isGrafanaDefault(steps)) {
    return {
      note: `Grafana's default thresholds (red from ${GRAFANA_DEFAULT_RED_FROM}) taken as no target; add one if ${GRAFANA_DEFAULT_RED_FROM} was meant`,
    };
  }
  const red = above.find(isRedStep);
  const base = steps.find((step) => numberAt(step, 'value') === undefined);
  if (red === undefined && base !== undefined && isRedStep(base)) {
    return { target: { comparator: '>=', value: numberAt(first, 'value') ?? 0 } };
  }
  return { target: { comparator: '<', value: numberAt(red ?? last, 'value') ?? 0 } };
}

/** How a legacy graph threshold's `op` turns into the comparator the values must meet. */
const LEGACY_COMPARATORS: Readonly<Record<string, ImportedTarget['comparator']>> = { gt: '<', lt: '>' };

/**
 * The target in a legacy graph panel's `thresholds: [{ value, op, colorMode }]`: the first
 * critical one, else the first that is not marked ok. `op: gt` marks values above as bad.
 */
export function targetFromGraphThresholds(panel: JsonObject): ThresholdConversion {
  const usable = objectsAt(panel, 'thresholds').filter(
    (threshold) =>
      numberAt(threshold, 'value') !== undefined && LEGACY_COMPARATORS[stringAt(threshold, 'op') ?? ''],
  );
  const chosen =
    usable.find((threshold) => stringAt(threshold, 'colorMode') === 'critical') ??
    usable.find((threshold) => stringAt(threshold, 'colorMode') !== 'ok');
  const comparator = LEGACY_COMPARATORS[stringAt(chosen, 'op') ?? ''];
  const value = numberAt(chosen, 'value');
  return comparator && value !== undefined ? { target: { comparator, value } } : {};
}
