import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReportFormat } from '../../../../shared/reportContract';
import { renderHtml } from '../render/html/renderHtml';
import { renderMarkdown } from '../render/markdown/renderMarkdown';
import { auditLog, auditLogJson } from './bundle/auditLog';
import { healthOverview } from './bundle/healthOverview';
import { systemMetrics } from './bundle/systemMetrics';
import type { PdfPrinterChoice } from './pdf/pdfPrinter';
import { printedModel } from './pdf/printedModel';
import { type PreparedReport, prepareReport, type ReportRef, type ReportSource } from './preparedReport';
import { redactJson } from './redaction/reportRedactor';

/** The bundle's files, as the issue and the README name them. */
export const BUNDLE_FILES = {
  markdown: 'stress-test-report.md',
  html: 'report.html',
  pdf: 'report.pdf',
  auditLog: 'audit-log.json',
  systemMetrics: 'system-metrics.json',
  healthOverview: 'health-overview.json',
} as const;

export interface ExportRequest extends ReportRef {
  format: ReportFormat;
  /** A file for md, html and pdf; a folder for the bundle. */
  out: string;
  /** Where PDFs come from; asked only when one is written. */
  printer: () => PdfPrinterChoice;
  /** Told each step of a long export, for a person watching. */
  onProgress?: (step: string) => void;
  now?: Date;
}

export interface ExportResult {
  prepared: PreparedReport;
  files: string[];
  /** What a bundle left out and why (a PDF with no browser here). */
  skipped: string[];
}

/** Writes a day's report in one format (or all of them, as a bundle); every file redacted. */
export async function exportReport(source: ReportSource, request: ExportRequest): Promise<ExportResult> {
  const progress = request.onProgress ?? (() => {});
  progress('reading the journal');
  const prepared = prepareReport(source, request, request.now);
  progress(`read ${prepared.exported.events.length} events, ${prepared.exported.snapshots.length} snapshots`);
  const written: string[] = [];
  const skipped: string[] = [];
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written.push(path);
  };
  const { model } = prepared;
  if (request.format === 'md') write(request.out, renderMarkdown(model));
  if (request.format === 'html') write(request.out, renderHtml(model));
  if (request.format === 'pdf') {
    const printer = request.printer();
    if (!printer.ok) throw new Error(`cannot print a PDF: ${printer.reason}`);
    progress('printing the PDF');
    write(request.out, await printer.print(renderHtml(printedModel(model))));
  }
  if (request.format === 'bundle') {
    const file = (name: string) => join(request.out, name);
    progress('writing the Markdown and the HTML');
    write(file(BUNDLE_FILES.markdown), renderMarkdown(model));
    const html = renderHtml(model);
    write(file(BUNDLE_FILES.html), html);
    const printer = request.printer();
    if (printer.ok) {
      progress('printing the PDF');
      const printed = printedModel(model);
      write(file(BUNDLE_FILES.pdf), await printer.print(printed === model ? html : renderHtml(printed)));
    } else {
      skipped.push(`${BUNDLE_FILES.pdf}: ${printer.reason}`);
    }
    progress('writing the audit log');
    write(file(BUNDLE_FILES.auditLog), auditLogJson(auditLog(source.journal, prepared.day, source.redact)));
    write(
      file(BUNDLE_FILES.systemMetrics),
      json(redactJson(systemMetrics(prepared.exported), source.redact)),
    );
    write(
      file(BUNDLE_FILES.healthOverview),
      json(redactJson(healthOverview(prepared.exported), source.redact)),
    );
  }
  progress(`wrote ${written.length} file${written.length === 1 ? '' : 's'}`);
  return { prepared, files: written, skipped };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
