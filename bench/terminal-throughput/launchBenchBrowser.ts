import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; Playwright never downloads a browser here. */
const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, no GPU, and nothing that reaches the network on its own. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
