import { fileURLToPath } from 'node:url';

/** The real k6 samples (../shared/fixtures/k6, beside the repository, as CI has it). */
export const K6_SAMPLES = fileURLToPath(new URL('../../../shared/fixtures/k6/', import.meta.url));
