/**
 * Prints a self-contained HTML document to PDF. The app prints with Electron's `printToPDF`; the
 * CLI and serve mode with a Chromium driven by Playwright. Either loads nothing from the network.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** A printer, or why there is none here (so a bundle can say why it has no PDF). */
export type PdfPrinterChoice = { ok: true; print: PdfPrinter } | { ok: false; reason: string };

/** A4 with margins a reviewer can annotate; backgrounds printed so status colours survive. */
export const PDF_PAGE = { format: 'A4', marginMm: 12 } as const;
