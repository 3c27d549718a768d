import { MAX_DECIMALS } from '../../../../shared/workspace/panelSchema';
import type { PanelUnit } from '../../../../shared/workspace/panelVocabulary';
import type { ImportedTarget, ImportNotes } from './importedDashboard';
import { type JsonObject, numberAt, objectAt, objectsAt, stringAt } from './jsonFields';
import { targetFromGraphThresholds, targetFromThresholds } from './thresholdTargets';
import { warroomUnit } from './unitMap';

/** How a panel shows its values and what they must meet. */
export interface PanelDisplay {
  unit: PanelUnit;
  decimals?: number;
  target?: ImportedTarget;
}

/** Unit, decimals and thresholds as the panel keeps them: a legacy graph on its left axis, the others in fieldConfig. */
function displaySettings(panel: JsonObject, type: string) {
  if (type === 'graph') {
    const leftAxis = objectsAt(panel, 'yaxes')[0];
    return {
      unit: stringAt(leftAxis, 'format'),
      decimals: numberAt(panel, 'decimals') ?? numberAt(leftAxis, 'decimals'),
      thresholds: targetFromGraphThresholds(panel),
    };
  }
  const defaults = objectAt(objectAt(panel, 'fieldConfig'), 'defaults');
  return {
    unit: stringAt(defaults, 'unit'),
    decimals: numberAt(defaults, 'decimals'),
    thresholds: targetFromThresholds(objectAt(defaults, 'thresholds')),
  };
}

/** The panel's unit, decimals and target; `title` names it in the notes. */
export function panelDisplay(
  panel: JsonObject,
  type: string,
  title: string,
  notes: ImportNotes,
): PanelDisplay {
  const settings = displaySettings(panel, type);
  const { unit, note } = warroomUnit(settings.unit);
  if (note) notes.warnings.push(`"${title}": ${note}`);
  if (settings.thresholds.note) notes.warnings.push(`"${title}": ${settings.thresholds.note}`);
  let decimals = settings.decimals;
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS)) {
    const fitted = Math.min(MAX_DECIMALS, Math.max(0, Math.round(decimals)));
    notes.warnings.push(
      `"${title}": ${decimals} decimals became ${fitted} (Warroom shows 0 to ${MAX_DECIMALS})`,
    );
    decimals = fitted;
  }
  return {
    unit,
    ...(decimals === undefined ? {} : { decimals }),
    ...(settings.thresholds.target ? { target: settings.thresholds.target } : {}),
  };
}
