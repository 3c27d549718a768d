// Retakes docs/screenshot.png, the README's picture: the built console in Debian's Chromium,
// served by `warroom serve`, with a terminal at work. `npm run build`, then `npx tsx scripts/take-screenshot.ts`.
import { spawn } from 'node:child_process';
import { launchChromium } from './chromium';

const serve = spawn(process.execPath, ['bin/warroom.js', 'serve', '--port', '0'], {
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
} finally {
  await browser.close();
  serve.kill('SIGTERM');
}
