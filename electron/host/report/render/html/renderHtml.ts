import type { ReportModel } from '../../../../../shared/report/reportModel';
import { commandsHtml } from './commandsHtml';
import { compareHtml } from './compareHtml';
import { REPORT_CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { contentsHtml } from './contentsHtml';
import { escapeHtml } from './htmlEscape';
import { issuesHtml } from './issuesHtml';
import { k6Html } from './k6Html';
import { DOCUMENT_CSS, REPORT_CSS, REPORT_ROOT_CLASS } from './reportCss';
import { runbookRunsHtml } from './runbookRunsHtml';
import { signoffHtml } from './signoffHtml';
import { snapshotPlacement } from './snapshotPlacement';
import { snapshotsHtml } from './snapshotsHtml';
import { summaryHtml } from './summaryHtml';
import { targetsHtml } from './targetsHtml';
import { TIMELINE_FILTER_SCRIPT } from './timelineFilterScript';
import { timelineHtml } from './timelineHtml';
import { verdictHtml } from './verdictHtml';

/** The report's body and its style sheet, apart: for a page that shows the report inside its own. */
export interface HtmlParts {
  /** Every rule scoped under `.warroom-report`. */
  css: string;
  /** The report, to be placed inside an element of class `warroom-report`; it reads fully without script. */
  body: string;
}

/** The report's body and style sheet; renderHtml wraps the same sections in a document. */
export function renderHtmlParts(model: ReportModel): HtmlParts {
  return { css: REPORT_CSS, body: reportSections(model).join('\n') };
}

/**
 * The report as one self-contained HTML file: styles, charts (inline SVG) and the timeline filter
 * inside it, and a policy that lets it request nothing, so it opens the same anywhere, offline.
 */
export function renderHtml(model: ReportModel): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>Stress-test report: ${escapeHtml(model.summary.dayName)}</title>`,
    `<style>${DOCUMENT_CSS}\n${REPORT_CSS}</style>`,
    '</head><body>',
    `<div class="${REPORT_ROOT_CLASS}">`,
    // The sections joined here once, not first into a body: on a large day that is tens of megabytes.
    ...reportSections(model),
    '</div>',
    `<script>${TIMELINE_FILTER_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** The report's sections in the Markdown report's order, plus the snapshots drawn as charts. */
function reportSections(model: ReportModel): string[] {
  const placement = snapshotPlacement(model);
  return [
    verdictHtml(model),
    contentsHtml(model),
    summaryHtml(model),
    signoffHtml(model),
    targetsHtml(model),
    k6Html(model),
    issuesHtml(model, placement),
    snapshotsHtml(model, placement),
    runbookRunsHtml(model),
    compareHtml(model),
    timelineHtml(model),
    commandsHtml(model),
  ];
}
