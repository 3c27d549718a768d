import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { PDF_PAGE, type PdfPrinterChoice } from '../host/report/export/pdf/pdfPrinter';

const MM_PER_INCH = 25.4;

/**
 * The app's printer: Electron's own printToPDF on a hidden, sandboxed window without JavaScript,
 * in a session of its own that refuses every request but the report file itself.
 */
export function electronPdfPrinter(): PdfPrinterChoice {
  return {
    ok: true,
    print: async (html) => {
      const dir = mkdtempSync(join(tmpdir(), 'warroom-report-'));
      const file = join(dir, 'report.html');
      writeFileSync(file, html);
      const reportUrl = pathToFileURL(file).href;
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          javascript: false,
          partition: 'report-print',
        },
      });
      window.webContents.session.webRequest.onBeforeRequest((details, decide) =>
        decide({ cancel: details.url !== reportUrl }),
      );
      try {
        await window.loadURL(reportUrl);
        const margin = PDF_PAGE.marginMm / MM_PER_INCH;
        return await window.webContents.printToPDF({
          pageSize: PDF_PAGE.format,
          printBackground: true,
          margins: { top: margin, bottom: margin, left: margin, right: margin },
        });
      } finally {
        window.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
