/**
 * Fuzzing the public entry points of budgets: see fuzz-suite.ts for what each run checks.
 */
import { fuzzedEntryPoints } from './entry-points.js';
import { defineFuzzSuite } from './fuzz-suite.js';

const areas: readonly string[] = ['budgets'];
defineFuzzSuite('fuzzing budgets', fuzzedEntryPoints.filter((entry) => areas.includes(entry.area)));
