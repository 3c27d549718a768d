import type uPlot from 'uplot';
import { clockTime } from '../journal/timeFormat';
import type { ChartColours } from './chartTheme';
import { type DashboardMarker, markersInWindow, markerTone, nearestMarker } from './markerSelection';

/** How near the pointer must come to a marker, in CSS pixels, to tell what happened there. */
const HOVER_REACH_PX = 6;

/**
 * Draws the day's journal events as thin vertical lines across the plot (in uPlot's draw hook,
 * over the series) and, while the pointer is over this chart, names the one it is near.
 */
export function markersPlugin(
  markers: () => readonly DashboardMarker[],
  colours: ChartColours['markers'],
  drawn: (count: number) => void,
): uPlot.Plugin {
  const tip = document.createElement('div');
  tip.className = 'chart-marker-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  let pointerInside = false;

  const hide = () => {
    tip.hidden = true;
  };
  const showNear = (u: uPlot) => {
    const left = u.cursor.left ?? -1;
    const { min, max } = u.scales.x ?? {};
    if (!pointerInside || left < 0 || min === undefined || max === undefined) return hide();
    const reachMs = ((max - min) * 1000 * HOVER_REACH_PX) / Math.max(1, u.over.clientWidth);
    const marker = nearestMarker(markers(), u.posToVal(left, 'x') * 1000, reachMs);
    if (!marker) return hide();
    tip.textContent = `${clockTime(marker.time)} ${marker.kind}: ${marker.subject}`;
    tip.style.left = `${u.valToPos(marker.time / 1000, 'x')}px`;
    tip.hidden = false;
  };

  return {
    hooks: {
      init: (u) => {
        u.over.appendChild(tip);
        u.over.addEventListener('mouseenter', () => {
          pointerInside = true;
        });
        u.over.addEventListener('mouseleave', () => {
          pointerInside = false;
          hide();
        });
      },
      draw: (u) => {
        const { min, max } = u.scales.x ?? {};
        if (min === undefined || max === undefined) return drawn(0);
        const visible = markersInWindow(markers(), min * 1000, max * 1000);
        const { ctx } = u;
        const { top, height } = u.bbox;
        ctx.save();
        ctx.lineWidth = devicePixelRatio;
        for (const marker of visible) {
          const x = Math.round(u.valToPos(marker.time / 1000, 'x', true)) + 0.5;
          ctx.strokeStyle = colours[markerTone(marker.kind)];
          ctx.beginPath();
          ctx.moveTo(x, top);
          ctx.lineTo(x, top + height);
          ctx.stroke();
        }
        ctx.restore();
        drawn(visible.length);
      },
      setCursor: showNear,
    },
  };
}
