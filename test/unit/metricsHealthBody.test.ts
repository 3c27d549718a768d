import { describe, expect, it } from 'vitest';
import { readHealthBody } from '../../electron/host/metrics/health/healthBody';

describe('reading a health answer', () => {
  it('reads Spring Boot Actuator components and its build version', () => {
    const body = {
      status: 'UP',
      components: { db: { status: 'UP' }, diskSpace: { status: 'OUT_OF_SERVICE' } },
      build: { version: '2.4.1' },
    };
    expect(readHealthBody(200, body)).toEqual({
      status: 'UP',
      version: '2.4.1',
      dependencies: [
        { name: 'db', status: 'UP' },
        { name: 'diskSpace', status: 'OUT_OF_SERVICE' },
      ],
    });
  });

  it('reads MicroProfile Health checks', () => {
    const body = { status: 'DOWN', checks: [{ name: 'kafka', status: 'DOWN' }, { status: 'UP' }] };
    expect(readHealthBody(503, body)).toEqual({
      status: 'DOWN',
      version: null,
      dependencies: [
        { name: 'kafka', status: 'DOWN' },
        { name: 'check 2', status: 'UP' },
      ],
    });
  });

  it('lets the HTTP code decide when the body says nothing, and does not guess at odd statuses', () => {
    expect(readHealthBody(204, null).status).toBe('UP');
    expect(readHealthBody(500, '<html>oops</html>').status).toBe('DOWN');
    expect(readHealthBody(200, { status: 'maintenance' }).status).toBe('UNKNOWN');
    expect(readHealthBody(200, { status: 'up' }).status).toBe('UP');
  });
});
