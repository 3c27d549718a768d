import type { ReportModel } from '../../../../../shared/report/reportModel';
import { commandsMarkdown } from './commandsMarkdown';
import { compareMarkdown } from './compareMarkdown';
import { issuesMarkdown } from './issuesMarkdown';
import { k6Markdown } from './k6Markdown';
import { runbookRunsMarkdown } from './runbookRunsMarkdown';
import { signoffMarkdown } from './signoffMarkdown';
import { summaryMarkdown } from './summaryMarkdown';
import { targetsMarkdown } from './targetsMarkdown';
import { timelineMarkdown } from './timelineMarkdown';
import { verdictMarkdown } from './verdictMarkdown';

/**
 * The report as a reviewer reads it in a (GitHub-flavoured) Markdown viewer, from the model alone:
 * the verdict first, the evidence last, every `#seq` linking to its row of the timeline.
 */
export function renderMarkdown(model: ReportModel): string {
  const sections = [
    verdictMarkdown(model),
    summaryMarkdown(model),
    signoffMarkdown(model),
    targetsMarkdown(model),
    k6Markdown(model),
    issuesMarkdown(model),
    runbookRunsMarkdown(model),
    ...compareMarkdown(model),
    timelineMarkdown(model),
    commandsMarkdown(model),
  ];
  return `${sections.join('\n\n')}\n`;
}
