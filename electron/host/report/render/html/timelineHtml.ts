import { SEVERITY_MEANINGS } from '../../../../../shared/journalTypes';
import type { ReportModel, TimelineEntry } from '../../../../../shared/report/reportModel';
import { escapeHtml } from './htmlEscape';
import { chunkedEventTable } from './rowChunks';
import { sameSecondTime } from './sameSecondTime';
import { EVENT_HEADERS, eventsTable, kindCell } from './timelineRowsHtml';

/**
 * The timeline: the key events first (the journal has no stars; TimelineEntry.key marks the kinds
 * that stand in for them), then every event, each row anchored `seq-N` for the evidence links. The
 * filter bar starts hidden: the inline script shows it, so a page without the script (print, a
 * preview whose policy forbids scripts) shows no control that does nothing.
 */
export function timelineHtml(model: ReportModel): string {
  const { entries } = model.timeline;
  const keyEntries = entries.filter((entry) => entry.key);
  const parts = [
    '<section id="timeline" class="major"><h2>Timeline</h2>',
    '<h3 id="key-events">Key events</h3>',
    keyEntries.length === 0
      ? '<p>No key event (issue, breach, alert, drill, decision) was recorded.</p>'
      : `<p>Issues, breaches, alerts, drills, faults and decisions (${keyEntries.length}); each links to its row below.</p>${eventsTable(keyEntries, 'events key-events')}`,
    '<h3 id="every-event">Every event</h3>',
    model.timeline.omitted > 0
      ? `<p class="omitted">This copy lists the key events only: the ${model.timeline.omitted} other events of the day are in the HTML report and the audit log (audit-log.json).</p>`
      : `<p>Every event of the day, in the order the journal recorded it (${entries.length}).</p>`,
    filterBar(entries),
  ];
  const time = sameSecondTime();
  parts.push(
    chunkedEventTable(
      EVENT_HEADERS,
      entries,
      (entry) => timelineRow(entry, time),
      'events timeline',
      'timeline-table',
    ),
    '</section>',
  );
  return parts.join('');
}

/** A row of the day's timeline: its id is the anchor evidence links lead to; the filter reads its data. */
function timelineRow(entry: TimelineEntry, time: (ms: number) => string): string {
  const severity = entry.severity === null ? '' : ` data-severity="${entry.severity}"`;
  const key = entry.key ? ' class="key"' : '';
  const kind = escapeHtml(entry.kind);
  return `<tr id="seq-${entry.seq}" data-kind="${kind}"${severity}${key}><td>${time(entry.atMs)}</td><td>#${entry.seq}</td><td>${kindCell(entry)}</td><td>${escapeHtml(entry.actor)}</td><td>${escapeHtml(entry.subject)}</td></tr>`;
}

/** Text, kind, severity and key-only: the kinds and severities offered are those the day has. */
function filterBar(entries: readonly TimelineEntry[]): string {
  const kinds = new Set<string>();
  const severities = new Set<number>();
  for (const entry of entries) {
    kinds.add(entry.kind);
    if (entry.severity !== null) severities.add(entry.severity);
  }
  const kindOptions = [...kinds]
    .sort()
    .map((kind) => `<option value="${escapeHtml(kind)}">${escapeHtml(kind)}</option>`);
  const severityOptions = [...severities]
    .sort((a, b) => a - b)
    .map(
      (severity) =>
        `<option value="${severity}" title="${escapeHtml(SEVERITY_MEANINGS[severity] ?? '')}">SEV${severity}</option>`,
    );
  return [
    '<div class="timeline-filter" id="timeline-filter" role="search" hidden>',
    '<label>Text <input type="search" data-filter="text" placeholder="subject, actor, kind"></label>',
    `<label>Kind <select data-filter="kind"><option value="">every kind</option>${kindOptions.join('')}</select></label>`,
    `<label>Severity <select data-filter="severity"><option value="">any</option>${severityOptions.join('')}</select></label>`,
    '<label><input type="checkbox" data-filter="key"> key events only</label>',
    '<output data-filter="count"></output>',
    '</div>',
  ].join('');
}
