import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The app's PDF printer against a stand-in BrowserWindow: the Electron binary cannot run on these
 * machines, so the window's options and its request filter are captured and exercised here.
 */
const printing = vi.hoisted(() => ({
  options: null as unknown,
  requestFilter: null as
    | ((details: { url: string }, decide: (answer: { cancel: boolean }) => void) => void)
    | null,
  loadedUrl: '',
  htmlSeenAtLoad: '',
  destroyed: false,
}));

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly webContents = {
      session: {
        webRequest: {
          onBeforeRequest: (filter: typeof printing.requestFilter) => {
            printing.requestFilter = filter;
          },
        },
      },
      printToPDF: async () => Buffer.from('%PDF-1.7 stand-in'),
    };
    constructor(options: unknown) {
      printing.options = options;
    }
    async loadURL(url: string) {
      printing.loadedUrl = url;
      printing.htmlSeenAtLoad = readFileSync(fileURLToPath(url), 'utf8');
    }
    destroy() {
      printing.destroyed = true;
    }
  },
}));

const { electronPdfPrinter } = await import('../../../electron/shell/electronPdfPrinter');

/** What the filter answers for a request the report page would make. */
function cancels(url: string): boolean {
  let cancel: boolean | undefined;
  printing.requestFilter?.({ url }, (answer) => {
    cancel = answer.cancel;
  });
  if (cancel === undefined) throw new Error(`the filter gave no answer for ${url}`);
  return cancel;
}

describe("the desktop app's report printer", () => {
  let pdf: Buffer;

  beforeAll(async () => {
    const printer = electronPdfPrinter();
    if (!printer.ok) throw new Error('the Electron printer is always available');
    pdf = Buffer.from(await printer.print('<!doctype html><p>report</p>'));
  });

  it('prints in a hidden, sandboxed, isolated window of its own session, with JavaScript off', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(printing.options).toEqual({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, javascript: false, partition: 'report-print' },
    });
    expect(printing.htmlSeenAtLoad).toBe('<!doctype html><p>report</p>');
  });

  it('lets the page fetch nothing but the report file itself, and leaves no file behind', () => {
    expect(printing.loadedUrl).toMatch(/^file:\/\/.*\/report\.html$/);
    expect(cancels(printing.loadedUrl)).toBe(false);
    const beside = new URL('secrets.txt', printing.loadedUrl).href;
    for (const url of [
      'https://evil.example/beacon.png',
      'http://127.0.0.1:9090/api',
      'file:///etc/passwd',
      beside,
    ]) {
      expect(cancels(url), url).toBe(true);
    }
    expect(printing.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(printing.loadedUrl))).toBe(false);
  });
});
