/**
 * Fuzzing the public entry points of core, policy and schemas: see fuzz-suite.ts for what each run checks.
 */
import { fuzzedEntryPoints } from './entry-points.js';
import { defineFuzzSuite } from './fuzz-suite.js';

const areas: readonly string[] = ['core', 'policy', 'schemas'];
defineFuzzSuite('fuzzing core, policy and schemas', fuzzedEntryPoints.filter((entry) => areas.includes(entry.area)));
