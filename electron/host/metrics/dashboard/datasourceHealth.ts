import type { DatasourceStatus } from '../../../../shared/dashboardTypes';

/** One outage as the journal tells it: its start, then its end with how long it lasted. */
export type OutageEvent =
  | { kind: 'datasource.down'; url: string; problem: string }
  | { kind: 'datasource.up'; url: string; downSince: number; lastedMs: number };

/**
 * Whether the data source answers, told by every request's outcome. An outage and its end are
 * reported once each, however many requests fail in between.
 */
export class DatasourceHealth {
  private current: DatasourceStatus;

  constructor(
    url: string,
    now: number,
    private readonly report: (event: OutageEvent) => void,
  ) {
    this.current = { url, state: 'connecting', since: now, problem: null };
  }

  get status(): DatasourceStatus {
    return this.current;
  }

  get down(): boolean {
    return this.current.state === 'down';
  }

  answered(now: number): void {
    const { state, since, url } = this.current;
    if (state === 'up') return;
    this.current = { url, state: 'up', since: now, problem: null };
    if (state === 'down' && url)
      this.report({ kind: 'datasource.up', url, downSince: since, lastedMs: now - since });
  }

  unreachable(now: number, problem: string): void {
    const { state, url } = this.current;
    if (state === 'down') {
      this.current = { ...this.current, problem };
      return;
    }
    this.current = { url, state: 'down', since: now, problem };
    if (url) this.report({ kind: 'datasource.down', url, problem });
  }
}
