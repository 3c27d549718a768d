import type { DayInfo, EventKind, JournalEvent } from '../../../../../shared/journalTypes';
import type { DayExport } from '../../../journal/journalExport';
import { recordField, stringField } from '../../payloadFields';

/** Pairs of events that open and close a stretch of trouble, and what each is about. */
const OUTAGE_KINDS: ReadonlyArray<{ category: string; down: EventKind; up: EventKind }> = [
  { category: 'datasource', down: 'datasource.down', up: 'datasource.up' },
  { category: 'service', down: 'service.down', up: 'service.up' },
  { category: 'alert', down: 'alert.firing', up: 'alert.resolved' },
  { category: 'k6 API', down: 'k6.unreachable', up: 'k6.reachable' },
];

/** The unit a snapshot gives the health panel: each endpoint's value is 1 when UP. */
const HEALTH_PANEL_UNIT = 'up';

export interface Outage {
  category: string;
  /** What was down or firing: the alert's name, or the category for one-of-a-kind things. */
  what: string;
  severity: string | null;
  fromMs: number;
  /** null: it never came back during the day. */
  toMs: number | null;
  lastedMs: number | null;
  subject: string;
  evidence: number[];
}

export interface HealthOverview {
  format: 'warroom-health-overview';
  formatVersion: 1;
  day: DayInfo;
  /** Every stretch when a datasource, the service or k6's API was down, or an alert fired, in order. */
  outages: Outage[];
  /** Each health endpoint as the snapshots saw it. */
  endpoints: Array<{
    name: string;
    checks: number;
    down: number;
    samples: Array<{ atMs: number; up: boolean }>;
  }>;
}

/** The day's health at a glance: outages from the journal, endpoint states from the snapshots. */
export function healthOverview(day: DayExport): HealthOverview {
  return {
    format: 'warroom-health-overview',
    formatVersion: 1,
    day: day.day,
    outages: outages(day.events),
    endpoints: endpoints(day),
  };
}

function outages(events: readonly JournalEvent[]): Outage[] {
  const open = new Map<string, Outage>();
  const all: Outage[] = [];
  for (const event of events) {
    const pair = OUTAGE_KINDS.find((one) => one.down === event.kind || one.up === event.kind);
    if (!pair) continue;
    const what = stringField(event.payload, 'name') ?? pair.category;
    // An alert is one alert per name and label set, as Prometheus tells them apart.
    const key = JSON.stringify([pair.category, what, recordField(event.payload, 'labels')]);
    if (event.kind === pair.down) {
      if (open.has(key)) continue;
      const outage: Outage = {
        category: pair.category,
        what,
        severity: stringField(recordField(event.payload, 'labels') ?? {}, 'severity'),
        fromMs: event.time,
        toMs: null,
        lastedMs: null,
        subject: event.subject,
        evidence: [event.seq],
      };
      open.set(key, outage);
      all.push(outage);
    } else {
      const outage = open.get(key);
      if (!outage) continue;
      open.delete(key);
      outage.toMs = event.time;
      outage.lastedMs = event.time - outage.fromMs;
      outage.evidence.push(event.seq);
    }
  }
  return all;
}

function endpoints(day: DayExport): HealthOverview['endpoints'] {
  const byName = new Map<string, Array<{ atMs: number; up: boolean }>>();
  for (const { content } of day.snapshots) {
    for (const panel of content.panels) {
      if (panel.unit !== HEALTH_PANEL_UNIT) continue;
      for (const [name, value] of Object.entries(panel.values ?? {})) {
        if (value === null) continue;
        const samples = byName.get(name) ?? [];
        byName.set(name, samples);
        samples.push({ atMs: content.takenAt, up: value === 1 });
      }
    }
  }
  return [...byName].map(([name, samples]) => ({
    name,
    checks: samples.length,
    down: samples.filter((sample) => !sample.up).length,
    samples,
  }));
}
