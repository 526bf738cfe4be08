/**
 * Invented budget data for the sample PCT (see `sample-area.ts`): 2007/08 historic activity at the
 * year's tariff, weighted populations, the PCT's resources, and one practice's 2007/08 spend. Every
 * figure is made up for the demo, in the right order of magnitude for a 2007 PCT.
 */
import type { MonitorBudgetInput, PracticeBudgetInput, SetIndicativeBudgetInput } from '../../src/index.js';
import { sampleArea } from './sample-area.js';

/** How far each practice's historic use sits from its need (1 = average): drives the pace of change. */
const historicUse: Record<string, number> = { Z90001: 1.15, Z90002: 0.96, Z90003: 1.02, Z90004: 0.78, Z90005: 1.05 };
/** Need weighting (age, deprivation) applied to the list to give the weighted population. */
const need: Record<string, number> = { Z90001: 1.0, Z90002: 1.02, Z90003: 1.05, Z90004: 1.12, Z90005: 0.95 };

const count = (listSize: number, perHead: number, use: number): number => Math.round(listSize * perHead * use);

/** The sample practices' budget inputs for 2007/08. */
export const sampleBudgetPractices = sampleArea.practices.map((practice) => {
  const use = historicUse[practice.code] ?? 1;
  const emergencies = count(practice.listSize, 0.018, use);
  return {
    practiceCode: practice.code,
    weightedPopulation: Math.round(practice.listSize * (need[practice.code] ?? 1)),
    historic: {
      activity: [
        { serviceLine: 'ELECTIVE_INPATIENT', currency: 'elective spells', count: count(practice.listSize, 0.012, use), unitPrice: 280_000 },
        { serviceLine: 'DAY_CASE', currency: 'day cases', count: count(practice.listSize, 0.03, use), unitPrice: 70_000 },
        { serviceLine: 'NON_ELECTIVE', currency: 'emergency spells', count: emergencies, unitPrice: 150_000, baselineCount: Math.round(emergencies * 0.96) },
        { serviceLine: 'OUTPATIENT', currency: 'attendances', count: count(practice.listSize, 0.25, use), unitPrice: 9_500 },
      ],
      costs: [{ serviceLine: 'PRESCRIBING', amount: Math.round(practice.listSize * 15_000 * use), description: 'prescribing formula plus uplift' }],
    },
  } satisfies PracticeBudgetInput;
});

/** The PCT's 2007/08 resources for the mandatory core, in pence. */
export const samplePctResources: SetIndicativeBudgetInput['pctResources'] = [
  { serviceLine: 'ELECTIVE_INPATIENT', amount: 146_000_000 },
  { serviceLine: 'DAY_CASE', amount: 91_000_000 },
  { serviceLine: 'NON_ELECTIVE', amount: 119_000_000 },
  { serviceLine: 'OUTPATIENT', amount: 103_000_000 },
  { serviceLine: 'PRESCRIBING', amount: 650_000_000 },
];

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
