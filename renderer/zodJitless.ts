import { z } from 'zod';

// zod probes for eval() to compile faster parsers when a schema is built; the CSP forbids
// eval, so it must not even try. Imported first, before any module builds a schema.
z.config({ jitless: true });
