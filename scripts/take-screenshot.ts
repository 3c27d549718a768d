// Retakes the README's pictures, the built console in Debian's Chromium served by
// `warroom serve` on a scratch journal: docs/screenshot.png (terminals at work) and
// docs/journal.png (the day's journal). `npm run build`, then `npx tsx scripts/take-screenshot.ts`.
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
  env: { ...process.env, SHELL: '/bin/bash' },
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
} finally {
  await browser.close();
  serve.kill('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
}
