import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../electron/host/report/export/pdf/chromiumPdfPrinter';

/** Debian's Chromium; Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.WARROOM_CHROMIUM ?? '/usr/bin/chromium';

/** One Chromium for the end-to-end tests, the benchmarks and the README's screenshot. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: HEADLESS_CHROMIUM_ARGS });
}

/** A Chromium whose pages share storage, with a fresh profile of its own. */
export function launchChromiumContext(viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'warroom-chromium-')), {
    executablePath: CHROMIUM_PATH,
    args: HEADLESS_CHROMIUM_ARGS,
    headless: true,
    viewport,
  });
}
