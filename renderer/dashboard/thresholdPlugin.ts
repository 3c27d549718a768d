import type uPlot from 'uplot';
import type { PanelStatus } from '../../shared/dashboardTypes';
import type { K6ThresholdStatus } from '../../shared/k6StatusTypes';
import type { Panel } from '../../shared/workspace/workspaceTypes';
import { targetText } from './breachNotifier';

/** A dashed line across a chart: a target or a threshold at its value, with its label. */
export interface ThresholdLine {
  value: number;
  label: string;
}

/** The panel's query targets, as lines to draw: every target at its value. */
export function panelTargets(panel: Panel): ThresholdLine[] {
  return panel.queries.flatMap((query) =>
    query.target ? [{ value: query.target.value, label: targetText(panel, query.target) }] : [],
  );
}

/**
 * A k6 panel's lines, from its status: k6 thresholds that a line shows truthfully, labelled with
 * their expression (and their metric key when the panel's thresholds are on more than one); or,
 * for a panel fed from Prometheus, its targets as the host judges them.
 */
export function panelStatusLines(panel: Panel, status: PanelStatus | null): ThresholdLine[] {
  if (!status) return [];
  if (status.k6Thresholds) return k6ThresholdLines(status.k6Thresholds);
  return status.targets.map((target) => ({ value: target.value, label: targetText(panel, target) }));
}

export function k6ThresholdLines(thresholds: readonly K6ThresholdStatus[]): ThresholdLine[] {
  const drawn = thresholds.filter(
    (threshold): threshold is K6ThresholdStatus & { line: number } => threshold.line !== null,
  );
  const oneMetric = new Set(drawn.map((threshold) => threshold.metricKey)).size <= 1;
  return drawn.map((threshold) => ({
    value: threshold.line,
    label: oneMetric ? threshold.expression : threshold.key,
  }));
}

/** Draws a dashed line at each target's value across the plot, labelled at its right end. */
export function thresholdPlugin(targets: readonly ThresholdLine[], colour: string): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        if (targets.length === 0) return;
        const { ctx } = u;
        const { left, top, width, height } = u.bbox;
        const pixel = devicePixelRatio;
        ctx.save();
        ctx.strokeStyle = colour;
        ctx.fillStyle = colour;
        ctx.lineWidth = pixel;
        ctx.setLineDash([6 * pixel, 4 * pixel]);
        ctx.font = `${11 * pixel}px system-ui, sans-serif`;
        ctx.textAlign = 'right';
        ctx.textBaseline = 'bottom';
        for (const target of targets) {
          const y = Math.round(u.valToPos(target.value, 'y', true)) + 0.5;
          if (y < top || y > top + height) continue;
          ctx.beginPath();
          ctx.moveTo(left, y);
          ctx.lineTo(left + width, y);
          ctx.stroke();
          ctx.fillText(target.label, left + width - 4 * pixel, y - 2 * pixel);
        }
        ctx.restore();
      },
    },
  };
}
