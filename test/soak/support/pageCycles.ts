import type { ConsolePage } from '../../e2e/support/consolePage';
import { DAY_PACE } from './soakPlan';

/** The Dashboard between every other view, as a war room keeps it on screen. */
const VIEW_ROUND = ['runbooks', 'terminals', 'journal', 'report', 'rehearsal'] as const;

/** What shows once each view is up. */
const VIEW_READY = {
  dashboard: 'dashboard-view',
  runbooks: 'runbooks-view',
  terminals: 'new-terminal',
  journal: 'journal-view',
  report: 'report-view',
  rehearsal: 'rehearsal-view',
};

/** Commands typed in each terminal: output, a pipeline, an exit code other than 0. */
const TERMINAL_COMMANDS = [
  { line: 'echo soak-$((6*7))', shows: /^soak-42$/m },
  { line: 'seq 1 2000 | tail -n 1', shows: /^2000$/m },
  { line: 'false; echo exit=$?', shows: /^exit=1$/m },
];

/** How long one page move may take on a busy two-core machine. */
const MOVE_TIMEOUT_MS = 15_000;

/** How often the loop looks at what is due. */
const TICK_MS = 250;

export interface PageTally {
  views: number;
  terminals: number;
  issues: number;
}

export function emptyPageTally(): PageTally {
  return { views: 0, terminals: 0, issues: 0 };
}

export async function showView(app: ConsolePage, view: keyof typeof VIEW_READY): Promise<void> {
  await app.page.getByTestId(`nav-${view}`).click({ timeout: MOVE_TIMEOUT_MS });
  await app.page.getByTestId(VIEW_READY[view]).first().waitFor({ timeout: MOVE_TIMEOUT_MS });
}

/** Opens a terminal from the page, types the commands and sees each answer, then closes its tab. */
async function exerciseTerminal(app: ConsolePage): Promise<void> {
  const id = await app.openNewTerminal();
  for (const command of TERMINAL_COMMANDS) {
    await app.typeLine(id, command.line);
    await app.waitForScreen(id, command.shows, MOVE_TIMEOUT_MS);
  }
  await app.closeTerminal(id, MOVE_TIMEOUT_MS);
}

/** Logs an issue from wherever the page is, as a person does: Ctrl+Shift+L, a title, a severity. */
async function logIssue(app: ConsolePage, number: number): Promise<void> {
  const { page } = app;
  await page.keyboard.press('Control+Shift+L');
  await page.getByTestId('log-issue-dialog').waitFor({ timeout: MOVE_TIMEOUT_MS });
  await page.keyboard.type(`Soak issue ${number}: latency under fault`);
  await page.getByTestId('log-issue-severity-3').check({ timeout: MOVE_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page.getByTestId('log-issue-dialog').waitFor({ state: 'detached', timeout: MOVE_TIMEOUT_MS });
}

/** A person at the page until `until`: the Dashboard and the other views in turn, terminals, issues. */
export async function runPageCycles(
  app: ConsolePage,
  compression: number,
  until: number,
  tally: PageTally,
): Promise<void> {
  const every = {
    view: DAY_PACE.viewEveryMs / compression,
    terminal: DAY_PACE.terminalEveryMs / compression,
    issue: DAY_PACE.issueEveryMs / compression,
  };
  const start = Date.now();
  const due = { view: start, terminal: start + every.terminal / 3, issue: start + every.issue / 2 };
  let onDashboard = true;
  let round = 0;
  const maxTicks = Math.ceil((until - start) / TICK_MS) + 1;
  for (let tick = 0; tick < maxTicks && Date.now() < until; tick++) {
    const now = Date.now();
    if (now >= due.terminal) {
      await exerciseTerminal(app);
      tally.terminals++;
      onDashboard = false;
      due.terminal = Date.now() + every.terminal;
    } else if (now >= due.issue) {
      await logIssue(app, tally.issues + 1);
      tally.issues++;
      due.issue = Date.now() + every.issue;
    } else if (now >= due.view) {
      const view: keyof typeof VIEW_READY = onDashboard
        ? (VIEW_ROUND[round++ % VIEW_ROUND.length] ?? 'runbooks')
        : 'dashboard';
      await showView(app, view);
      tally.views++;
      onDashboard = view === 'dashboard';
      due.view = Date.now() + every.view;
    }
    await app.page.waitForTimeout(TICK_MS);
  }
  await showView(app, 'dashboard');
}
