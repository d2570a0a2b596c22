import { z } from 'zod';

// Zod probes for eval with `new Function`; under our strict CSP that probe is reported as a
// violation even though zod catches it. Parsing without JIT is fast enough for URL values.
z.config({ jitless: true });
