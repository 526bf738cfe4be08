/**
 * Fuzzing the public entry points of readiness and the test kit: see fuzz-suite.ts for what each run checks.
 */
import { fuzzedEntryPoints } from './entry-points.js';
import { defineFuzzSuite } from './fuzz-suite.js';

const areas: readonly string[] = ['readiness', 'testing'];
defineFuzzSuite('fuzzing readiness and the test kit', fuzzedEntryPoints.filter((entry) => areas.includes(entry.area)));
