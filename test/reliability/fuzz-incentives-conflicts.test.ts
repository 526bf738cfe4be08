/**
 * Fuzzing the public entry points of incentives and conflicts: see fuzz-suite.ts for what each run checks.
 */
import { fuzzedEntryPoints } from './entry-points.js';
import { defineFuzzSuite } from './fuzz-suite.js';

const areas: readonly string[] = ['incentives', 'conflicts'];
defineFuzzSuite('fuzzing incentives and conflicts', fuzzedEntryPoints.filter((entry) => areas.includes(entry.area)));
