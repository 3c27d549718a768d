import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsDocumentSchema, statusDocumentSchema } from '../../../electron/host/k6/rest/k6RestSchemas';
import { executionStateOf, K6_EXECUTION_STATE_LABELS } from '../../../electron/host/k6/rest/k6RunStatus';
import { K6_SAMPLES } from '../../support/k6Samples';

const STATUS_SAMPLE = join(K6_SAMPLES, 'rest-v1-status-get.json');

describe('k6 run status', () => {
  it('names every execution status in the order k6 documents them', () => {
    const documented = [
      'Created',
      'Initializing VUs',
      'Initializing executors',
      'Initialization complete',
      'Paused before the run',
      'Started',
      'Running setup',
      'Running',
      'Running teardown',
      'Ended',
      'Interrupted',
      'Marked as failed',
    ];
    expect(documented.map((_, code) => K6_EXECUTION_STATE_LABELS[executionStateOf(code)])).toEqual(
      documented,
    );
    expect(executionStateOf(7)).toBe('running');
    expect(executionStateOf(12)).toBe('unknown');
  });

  it('keeps the number of a status a later k6 adds', () => {
    const sample = JSON.parse(readFileSync(STATUS_SAMPLE, 'utf8'));
    sample.data.attributes.status = 42;
    expect(statusDocumentSchema.parse(sample)).toMatchObject({ state: 'unknown', statusCode: 42 });
  });

  it('refuses a status document without vus-max', () => {
    const sample = JSON.parse(readFileSync(STATUS_SAMPLE, 'utf8'));
    delete sample.data.attributes['vus-max'];
    expect(statusDocumentSchema.safeParse(sample).success).toBe(false);
  });

  it("puts k6's error titles and details into one line", () => {
    const errors = errorsDocumentSchema.parse({
      errors: [
        { status: '500', title: 'Pause error', detail: "test execution wasn't paused" },
        { status: '400', title: 'Invalid data' },
      ],
    });
    expect(errors).toBe("Pause error: test execution wasn't paused; Invalid data");
    expect(errorsDocumentSchema.safeParse({ errors: [] }).success).toBe(false);
  });
});
