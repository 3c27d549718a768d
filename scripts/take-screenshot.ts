// Retakes the README's pictures, the built console in Debian's Chromium served by
// `warroom serve` on a scratch journal: docs/screenshot.png (terminals at work),
// docs/journal.png (the day's journal), docs/rehearsal.png (the sandbox under load, broken on
// purpose; it uses the default workspace's ports 4290 and 4291), docs/dashboard.png (the
// shipped Stress Certification dashboard watching it) and docs/runbooks.png (the shipped
// app-crash drill run against it).
// `npm run build`, then `npx tsx scripts/take-screenshot.ts`.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium';

const scratch = mkdtempSync(join(tmpdir(), 'warroom-screenshot-'));
const journal = join(scratch, 'journal.sqlite');
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/warroom.js', ...args, '--journal', journal]);
// What a pipeline and the team recorded before the picture is taken.
cli('day', 'start', 'Checkout load test', '--env', 'staging', '--operator', 'ana', '--operator', 'bo');
cli('note', 'Ramping to 2000 virtual users over 10 minutes');
cli('issue', 'Checkout p95 above 300 ms at 1500 VUs', '--sev', '2', '--owner', 'bo');
cli('note', 'Scaled api to 35 replicas; p95 back to 180 ms', '--as', 'bo');

const serve = spawn(process.execPath, ['bin/warroom.js', 'serve', '--port', '0', '--journal', journal], {
  stdio: ['ignore', 'pipe', 'inherit'],
  // The sandbox's state file goes in the scratch folder, not beside the user's journal.
  env: { ...process.env, SHELL: '/bin/bash', WARROOM_SANDBOX_STATE: join(scratch, 'sandbox.json') },
});
const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  serve.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /operator: (\S+)/.exec(output);
    if (match?.[1]) resolve(match[1]);
  });
  serve.once('exit', () => reject(new Error(`serve stopped:\n${output}`)));
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
  await page.getByTestId('nav-terminals').click();
  // Two tabs, as on a test day: the second one is in front.
  for (let tab = 0; tab < 2; tab++) {
    await page.getByTestId('new-terminal').click();
    await page.waitForTimeout(600);
  }
  await page.keyboard.type("export PS1='oncall@warroom:\\w$ '; clear\n");
  await page.waitForTimeout(300);
  await page.keyboard.type('uptime; free -h; ls --color=always /etc | head -20 | column -c 120\n');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');

  await page.getByTestId('nav-journal').click();
  await page.getByTestId('issue-row').first().click();
  await page.getByTestId('issue-detail').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/journal.png' });
  console.log('wrote docs/journal.png');

  await page.getByTestId('nav-rehearsal').click();
  await page.getByTestId('rehearsal-load-choice').selectOption('smoke');
  await page.getByTestId('rehearsal-start').click();
  await page.locator('[data-testid="rehearsal-health"][data-status="UP"]').waitFor({ timeout: 30_000 });
  await page.getByTestId('fault-latency-ms').fill('300');
  await page.getByTestId('fault-latency-route').selectOption('/api/feed');
  await page.getByTestId('fault-latency-apply').click();
  await page.getByTestId('fault-errors-percent').fill('5');
  await page.getByTestId('fault-errors-apply').click();
  // A few seconds of load, so the progress has figures in it.
  await page.waitForTimeout(8_000);
  await page.screenshot({ path: 'docs/rehearsal.png' });
  console.log('wrote docs/rehearsal.png');

  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('range-5m').click();
  // Enough scrapes for the one-minute rates to draw a line.
  await page.waitForTimeout(12_000);
  await page.screenshot({ path: 'docs/dashboard.png' });
  console.log('wrote docs/dashboard.png');

  await page.getByTestId('nav-runbooks').click();
  await page.getByTestId('runbook-row-drills/app-crash').click();
  await page.getByTestId('run-all').click();
  await page.getByTestId('run-start').click();
  await page.locator('[data-testid="run-status"][data-status="passed"]').waitFor({ timeout: 60_000 });
  // The crash and the recovery probe, with their output, in view.
  await page.getByTestId('step-crash-sandbox').scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/runbooks.png' });
  console.log('wrote docs/runbooks.png');
  await page.getByTestId('nav-rehearsal').click();
  await page.getByTestId('rehearsal-stop').click();
  await page.getByTestId('rehearsal-confirm-accept').click();
  await page.locator('[data-testid="rehearsal-state"][data-state="stopped"]').waitFor({ timeout: 30_000 });
} finally {
  await browser.close();
  serve.kill('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
}
