import type { HealthEndpointStatus } from '../../../../shared/dashboardTypes';

/** What a health endpoint's answer says, whatever framework wrote it. */
export type HealthReading = Pick<HealthEndpointStatus, 'status' | 'version' | 'dependencies'>;

const KNOWN_STATUSES = new Set(['UP', 'DEGRADED', 'DOWN']);

/**
 * Reads a health answer: Warroom's sandbox and many services (`status`, `version`,
 * `dependencies: {name: {status}}`), Spring Boot Actuator (`components`), MicroProfile Health
 * (`checks: [{name, status}]`). Without a status in the body the HTTP code decides: 2xx is UP,
 * anything else DOWN.
 */
export function readHealthBody(httpStatus: number, body: unknown): HealthReading {
  const fields = isRecord(body) ? body : {};
  const said = typeof fields.status === 'string' ? fields.status.toUpperCase() : null;
  const fromCode = httpStatus >= 200 && httpStatus < 300 ? 'UP' : 'DOWN';
  return {
    status:
      said === null ? fromCode : KNOWN_STATUSES.has(said) ? (said as HealthReading['status']) : 'UNKNOWN',
    version: versionOf(fields),
    dependencies: dependenciesOf(fields),
  };
}

function versionOf(fields: Record<string, unknown>): string | null {
  const version = fields.version ?? (isRecord(fields.build) ? fields.build.version : undefined);
  return typeof version === 'string' || typeof version === 'number' ? String(version) : null;
}

function dependenciesOf(fields: Record<string, unknown>): HealthReading['dependencies'] {
  const listed = fields.dependencies ?? fields.components ?? fields.checks;
  if (Array.isArray(listed)) {
    return listed.filter(isRecord).map((check, index) => ({
      name: typeof check.name === 'string' ? check.name : `check ${index + 1}`,
      status: statusOf(check),
    }));
  }
  if (isRecord(listed)) {
    return Object.entries(listed).map(([name, value]) => ({
      name,
      status: isRecord(value) ? statusOf(value) : String(value),
    }));
  }
  return [];
}

function statusOf(check: Record<string, unknown>): string {
  return typeof check.status === 'string' ? check.status.toUpperCase() : 'UNKNOWN';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
