import type { ReportModel } from '../../../shared/report/reportModel';
import type { ReportPreview } from '../../../shared/reportContract';
import type { PreparedReport } from './export/preparedReport';
import { renderHtmlParts } from './render/html/renderHtml';

/**
 * What the preview lists at most: enough to follow the day as it goes, while one answer stays far
 * below the WebSocket's 4 MiB message on a twelve-hour day. The export always has everything.
 */
const PREVIEW_TIMELINE_ENTRIES = 500;
const PREVIEW_COMMANDS = 200;
const PREVIEW_SNAPSHOTS = 40;

/** The Report view's answer: the sign-off, and the HTML body of the latest part of each long list. */
export function reportPreview(prepared: Pick<PreparedReport, 'day' | 'model'>): ReportPreview {
  const { model, day } = prepared;
  const shown = shortened(model);
  const { css, body } = renderHtmlParts(shown.model);
  return {
    dayId: day.id,
    dayName: day.name,
    ongoing: model.summary.ongoing,
    asOfMs: model.asOfMs,
    verdict: model.signoff.verdict,
    verdictReason: model.signoff.verdictReason,
    criteria: model.signoff.criteria.map((criterion) => ({
      id: criterion.id,
      name: criterion.name,
      status: criterion.status,
      reason: criterion.reason,
      overridden: criterion.override !== null,
    })),
    html: body,
    css,
    shortened: shown.left,
  };
}

/** The model with its long lists cut to their latest entries (key timeline events always kept). */
function shortened(model: ReportModel) {
  const entries = model.timeline.entries;
  const latest = entries.slice(-PREVIEW_TIMELINE_ENTRIES);
  const firstLatest = latest[0]?.seq ?? Number.POSITIVE_INFINITY;
  const timeline = [...entries.filter((entry) => entry.key && entry.seq < firstLatest), ...latest];
  const commands = model.commands.commands.slice(-PREVIEW_COMMANDS);
  const snapshots = model.charts.snapshots.slice(-PREVIEW_SNAPSHOTS);
  return {
    model: {
      ...model,
      timeline: { entries: timeline, omitted: 0 },
      commands: { commands },
      charts: { ...model.charts, snapshots },
    },
    left: {
      timeline: entries.length - timeline.length,
      commands: model.commands.commands.length - commands.length,
      snapshots: model.charts.snapshots.length - snapshots.length,
    },
  };
}
