import type uPlot from 'uplot';
import type { Panel } from '../../shared/workspace/workspaceTypes';
import { targetText } from './breachNotifier';

/** The panel's query targets, as lines to draw: every target at its value. */
export function panelTargets(panel: Panel): { value: number; label: string }[] {
  return panel.queries.flatMap((query) =>
    query.target ? [{ value: query.target.value, label: targetText(panel, query.target) }] : [],
  );
}

/** Draws a dashed line at each target's value across the plot, labelled at its right end. */
export function thresholdPlugin(
  targets: readonly { value: number; label: string }[],
  colour: string,
): uPlot.Plugin {
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
