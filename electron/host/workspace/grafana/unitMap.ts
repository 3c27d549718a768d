import type { PanelUnit } from '../../../../shared/workspace/panelVocabulary';

/** Grafana's unit ids (its "Standard options → Unit" list) that have a Warroom unit meaning the same. */
const SAME_UNIT: Readonly<Record<string, PanelUnit>> = {
  percent: 'percent',
  percentunit: 'ratio',
  ms: 'ms',
  s: 's',
  reqps: 'req/s',
  rps: 'req/s',
  bytes: 'bytes',
  decbytes: 'bytes',
  short: 'count',
  none: 'count',
};

/** Bits have no Warroom unit; shown as bytes they would read eight times too large. */
const BIT_UNITS = new Set(['bits', 'decbits']);

export interface UnitConversion {
  unit: PanelUnit;
  /** Why the panel shows a plain count where Grafana showed a unit. */
  note?: string;
}

/** The Warroom unit for a Grafana unit id; a plain count (with a note) when there is none. */
export function warroomUnit(grafanaUnit: string | undefined): UnitConversion {
  if (grafanaUnit === undefined || grafanaUnit === '') return { unit: 'count' };
  const unit = SAME_UNIT[grafanaUnit];
  if (unit !== undefined) return { unit };
  if (BIT_UNITS.has(grafanaUnit)) {
    return {
      unit: 'count',
      note: `unit ${grafanaUnit} left out: Warroom has bytes, not bits; shown as a count`,
    };
  }
  return {
    unit: 'count',
    note: `Grafana's unit "${grafanaUnit}" has no Warroom counterpart; shown as a count`,
  };
}
