/**
 * The scenario functions as fuzzed entry points (the shared registry in entry-points.ts does not seed
 * them yet) and the reserved words the hostile-keys suite sends, shared by the hostile suites. A
 * helper module, not a test file: with `isolate: false` a test file imported by another would run
 * its suite only once.
 */
import { compareScenarios, evaluateArea } from '../../src/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { sampleArea } from '../scenario/fixtures.js';
import type { FuzzedEntryPoint } from './entry-points.js';

/** The reserved words the suite sends in every id and key position. */
export const RESERVED_WORDS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

const reformSeed = {
  id: 'eighty',
  label: '80% of freed-up resources in 2007/08',
  parameters: { 'fur.practiceShare': [{ from: '2007-04-01', to: '2008-03-31', value: '0.8', sources: ['hansard-2006-11-06'], confidence: 'unconfirmed' }] },
  ruleVersions: { 'budget.monitor': '2' },
};

/** The scenario functions, which the shared registry does not seed yet. */
export const scenarioEntryPoints: readonly FuzzedEntryPoint[] = [
  {
    name: 'evaluateArea',
    area: 'testing',
    call: (args) => evaluateArea(args[0] as never, { ...(args[1] as object), policy: baselinePolicy } as never),
    seeds: [[sampleArea(), { asOf: '2008-06-30', explanations: false }]],
  },
  {
    name: 'compareScenarios',
    area: 'testing',
    call: (args) => compareScenarios(args[0] as never, { ...(args[2] as object), policy: baselinePolicy, reform: args[1] } as never),
    seeds: [[sampleArea(), reformSeed, { asOf: '2008-06-30' }]],
  },
];

