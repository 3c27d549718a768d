import type { SnapshotPanel } from '../../../shared/journalTypes';
import { SnapshotChart } from './SnapshotChart';

/** A value as the panel showed it: a few significant digits and the unit. */
function shown(value: number | null | undefined, unit: string | undefined): string {
  if (value === null || value === undefined) return 'no data';
  return `${Number(value.toPrecision(4))}${unit ? ` ${unit}` : ''}`;
}

/** One frozen panel: its chart as it was, its values at the moment and its targets' states. */
export function SnapshotPanelCard({ panel }: { panel: SnapshotPanel }) {
  const latest = (points: readonly [number, number][]) => points[points.length - 1]?.[1];
  return (
    <article className="snapshot-panel" data-testid="snapshot-panel">
      <h4>{panel.title}</h4>
      <SnapshotChart panel={panel} />
      <table>
        <tbody>
          {panel.series.map((series) => (
            <tr key={series.name}>
              <th scope="row">{series.name}</th>
              <td>{shown(panel.values?.[series.name] ?? latest(series.points), panel.unit)}</td>
              <td className="panel-item-detail">{series.points.length} points</td>
            </tr>
          ))}
        </tbody>
      </table>
      {panel.thresholds?.map((threshold) => (
        <p key={threshold.target} className={`threshold threshold-${threshold.state}`}>
          {threshold.target}: {threshold.state}
        </p>
      ))}
    </article>
  );
}
