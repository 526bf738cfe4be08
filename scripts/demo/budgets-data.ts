/**
 * Invented budget data for the sample PCT (Sample Vale PCT; the whole area is `sampleValeArea` in
 * src/testing/sample-vale/): one practice's 2007/08 spend. Every figure is made up for the demo.
 */
import type { MonitorBudgetInput } from '../../src/index.js';

/** Market Street Practice's spend, April to December 2007 (months 1–9), by line, in pence. */
export const sampleMarketStreetSpend: MonitorBudgetInput['spend'] = [
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((month): MonitorBudgetInput['spend'] => [
    { serviceLine: 'ELECTIVE_INPATIENT', month, amount: 1_540_000 + month * 7_000 },
    { serviceLine: 'DAY_CASE', month, amount: 990_000 },
    { serviceLine: 'NON_ELECTIVE', month, amount: 1_330_000 + (month >= 7 ? 160_000 : 0) },
    { serviceLine: 'OUTPATIENT', month, amount: 1_110_000 },
    { serviceLine: 'PRESCRIBING', month, amount: 6_900_000 },
  ]),
];
