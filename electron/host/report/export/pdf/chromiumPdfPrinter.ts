import { existsSync } from 'node:fs';
import { PDF_PAGE, type PdfPrinterChoice } from './pdfPrinter';

/** Where a Chromium or Chrome is usually installed; WARROOM_CHROMIUM names another. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Headless, no GPU, and nothing that dials out on its own: the tests' and benches' Chromium too. */
export const HEADLESS_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How long one document may take to print before the export gives up on the PDF. */
const PRINT_TIMEOUT_MS = 120_000;

/** The Chromium on this machine, or null. */
export function findChromium(environment: NodeJS.ProcessEnv = process.env): string | null {
  const named = environment.WARROOM_CHROMIUM;
  if (named) return existsSync(named) ? named : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Prints with the machine's Chromium through Playwright; every request the page makes is refused,
 * so a PDF never depends on (or leaks to) the network.
 */
export function chromiumPdfPrinter(environment: NodeJS.ProcessEnv = process.env): PdfPrinterChoice {
  const executablePath = findChromium(environment);
  if (executablePath === null) {
    const named = environment.WARROOM_CHROMIUM;
    return {
      ok: false,
      reason: named
        ? `WARROOM_CHROMIUM names ${named}, which does not exist`
        : 'no Chromium or Chrome was found (set WARROOM_CHROMIUM to its path to print PDFs)',
    };
  }
  return {
    ok: true,
    print: async (html) => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath,
        args: HEADLESS_CHROMIUM_ARGS,
        timeout: PRINT_TIMEOUT_MS,
      });
      try {
        const page = await browser.newPage({ javaScriptEnabled: false });
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
        const margin = `${PDF_PAGE.marginMm}mm`;
        return await page.pdf({
          format: PDF_PAGE.format,
          printBackground: true,
          margin: { top: margin, bottom: margin, left: margin, right: margin },
        });
      } finally {
        await browser.close();
      }
    },
  };
}
