/**
 * Sample Vale PCT's budget data for 2007/08: each practice's historic activity at the year's tariff
 * and weighted population, and the PCT's resources. Every figure is invented, in the right order of
 * magnitude for a 2007 PCT; none comes from randomness (each practice's use of services is fixed).
 *
 * @module
 */
import type { PracticeBudgetInput, SetIndicativeBudgetInput } from '../../budgets/index.js';
import { sampleValePractices } from './practices.js';

/** How far each practice's historic use sits from its need (1 = average): drives the pace of change. */
const historicUse: Readonly<Record<string, number>> = { Z90001: 1.15, Z90002: 0.96, Z90003: 1.02, Z90004: 0.78, Z90005: 1.05 };
/** Need weighting (age, deprivation) applied to the list to give the weighted population. */
const need: Readonly<Record<string, number>> = { Z90001: 1.0, Z90002: 1.02, Z90003: 1.05, Z90004: 1.12, Z90005: 0.95 };

const count = (listSize: number, perHead: number, use: number): number => Math.round(listSize * perHead * use);

/** A practice's budget input, with its weighted population and historic activity and costs always present. @internal */
export type SampleValeBudgetPractice = PracticeBudgetInput & {
  readonly weightedPopulation: number;
  readonly historic: NonNullable<PracticeBudgetInput['historic']>;
};

/** The sample practices' budget inputs for 2007/08, in the order of {@link sampleValePractices}. @internal */
export const sampleValeBudgetPractices: readonly SampleValeBudgetPractice[] = sampleValePractices.map((practice): SampleValeBudgetPractice => {
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
  };
});

/** The PCT's 2007/08 resources for the mandatory core, in pence. @internal */
export const sampleValePctResources: SetIndicativeBudgetInput['pctResources'] = [
  { serviceLine: 'ELECTIVE_INPATIENT', amount: 146_000_000 },
  { serviceLine: 'DAY_CASE', amount: 91_000_000 },
  { serviceLine: 'NON_ELECTIVE', amount: 119_000_000 },
  { serviceLine: 'OUTPATIENT', amount: 103_000_000 },
  { serviceLine: 'PRESCRIBING', amount: 650_000_000 },
];
