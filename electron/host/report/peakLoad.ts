import type { JournalEvent } from '../../../shared/journalTypes';
import type { PeakLoad } from '../../../shared/report/reportModel';
import { summaryVus } from './k6SummaryReading';
import { numberField } from './payloadFields';

/**
 * The most virtual users any record of the day gives: a k6.summary's vus_max (or vus), the
 * sandbox load's profile (load.started `vus`) or its measured peak (load.finished `peakVus`).
 * Ties keep every event that gave the figure as evidence; null when no record gives one.
 */
export function peakLoad(events: readonly JournalEvent[]): PeakLoad | null {
  let peak: PeakLoad | null = null;
  for (const event of events) {
    const reading = vusOf(event);
    if (!reading) continue;
    if (peak === null || reading.vus > peak.virtualUsers) {
      peak = { virtualUsers: reading.vus, source: reading.source, evidence: [event.seq] };
    } else if (reading.vus === peak.virtualUsers) {
      peak.evidence.push(event.seq);
    }
  }
  return peak;
}

function vusOf(event: JournalEvent): { vus: number; source: string } | null {
  if (event.kind === 'k6.summary') {
    const reading = summaryVus(event);
    return reading ? { vus: reading.vus, source: `k6.summary ${reading.metric}` } : null;
  }
  const field = event.kind === 'load.started' ? 'vus' : event.kind === 'load.finished' ? 'peakVus' : null;
  const vus = field ? numberField(event.payload, field) : null;
  return vus === null ? null : { vus, source: event.kind };
}
