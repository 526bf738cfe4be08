/**
 * Sample incentive data for the demo's PCT (see sample-area.ts): each practice's Towards PBC DES
 * claims for 2006/07 and its part in a local incentive scheme for 2007/08. Invented, but shaped like
 * the real thing: list sizes on the dates the rules use, plans, objectives, freed-up resources.
 */
import type { LocalIncentivePaymentInput, TowardsPbcDesPaymentInput } from '../../src/incentives/index.js';
import { sampleArea } from './sample-area.js';

const [riverside, marketStreet, hillcrest, oldMill, stationRoad] = sampleArea.practices;

/** Registered lists at 1 April 2006 (component 1) and 1 April 2007 (component 2). */
const lists = (atStart: number, atEnd: number) => [
  { date: '2006-04-01', registered: atStart },
  { date: '2007-04-01', registered: atEnd },
];

/** Each practice's DES claims: component 1 (signing up) and component 2 (objectives met). */
export const sampleDesClaims: TowardsPbcDesPaymentInput[] = [
  { component: 'C1', practiceCode: riverside.code, planAgreedOn: '2006-05-10', indicativeBudgetAcceptedOn: '2006-04-20', listSizes: lists(11_140, riverside.listSize) },
  {
    component: 'C2', practiceCode: riverside.code, planAgreedOn: '2006-05-10', plan: 'individual',
    objectives: [{ id: 'outpatients', scope: 'own', met: true }, { id: 'prescribing', scope: 'own', met: true }],
    objectivesAgreedMetOn: '2007-04-25', claimedOn: '2007-05-03',
    freedUpResources: { accessible: 1_500_000, pctDemonstratedAvailable: true }, listSizes: lists(11_140, riverside.listSize),
  },
  { component: 'C1', practiceCode: marketStreet.code, planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01', listSizes: lists(5950, marketStreet.listSize) },
  {
    component: 'C2', practiceCode: marketStreet.code, planAgreedOn: '2006-06-15', plan: 'individual',
    objectives: [{ id: 'referrals', scope: 'own', met: true }],
    objectivesAgreedMetOn: '2007-04-20', claimedOn: '2007-05-02',
    freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true }, listSizes: lists(5950, marketStreet.listSize),
  },
  { component: 'C1', practiceCode: hillcrest.code, planAgreedOn: '2006-09-01', indicativeBudgetAcceptedOn: '2006-09-01', listSizes: lists(8390, hillcrest.listSize) },
  {
    component: 'C2', practiceCode: hillcrest.code, planAgreedOn: '2006-09-01', plan: 'individual',
    objectives: [{ id: 'admissions', scope: 'own', met: true }],
    objectivesAgreedMetOn: '2007-05-14', claimedOn: '2007-07-03', listSizes: lists(8390, hillcrest.listSize),
  },
  { component: 'C1', practiceCode: oldMill.code, planAgreedOn: '2006-11-20', indicativeBudgetAcceptedOn: '2006-11-20', listSizes: lists(3150, oldMill.listSize) },
  {
    component: 'C2', practiceCode: oldMill.code, planAgreedOn: '2006-11-20', plan: 'joint', jointPlanWith: [stationRoad.code],
    objectives: [{ id: 'joint-diabetes', scope: 'joint', met: true }, { id: 'own-referrals', scope: 'own', met: false }],
    claimedOn: '2007-05-10', listSizes: lists(3150, oldMill.listSize),
  },
  { component: 'C1', practiceCode: stationRoad.code, planAgreedOn: '2006-11-20', listSizes: lists(14_610, stationRoad.listSize) },
  {
    component: 'C2', practiceCode: stationRoad.code, planAgreedOn: '2006-11-20', plan: 'joint', jointPlanWith: [oldMill.code],
    objectives: [{ id: 'joint-diabetes', scope: 'joint', met: true }, { id: 'own-prescribing', scope: 'own', met: true }],
    objectivesAgreedMetOn: '2007-06-01', claimedOn: '2007-06-29',
    freedUpResources: { accessible: 400_000, pctDemonstratedAvailable: false }, listSizes: lists(14_610, stationRoad.listSize),
  },
];

/** The PCT's local scheme for 2007/08: 200p per weighted patient, July to June, in three instalments. */
export const sampleLocalScheme: LocalIncentivePaymentInput['scheme'] = {
  id: '5ZZ-LIS-2007',
  name: 'Sample Vale PBC incentive scheme 2007/08',
  pctCode: sampleArea.pct.code,
  startsOn: '2007-07-01',
  endsOn: '2008-06-30',
  ratePerPatient: 200,
  patientBasis: 'weighted',
  listSizeDate: '2007-07-01',
  conditions: [
    { id: 'plan', kind: 'plan-approved' },
    { id: 'budget', kind: 'no-overspend' },
    { id: 'meetings', kind: 'custom', description: 'the practice PBC lead attends 75% of PBC meetings' },
  ],
  instalments: [
    { id: 'sign-up', payOn: '2007-09-30', weight: 1, conditions: ['plan'] },
    { id: 'mid-year', payOn: '2008-01-31', weight: 1, conditions: ['plan', 'meetings'] },
    { id: 'outturn', payOn: '2008-07-31', weight: 2 },
  ],
};

/** Each practice's part in the local scheme. */
export const sampleLocalPractices: LocalIncentivePaymentInput['practice'][] = [
  { practiceCode: riverside.code, listSizes: [{ date: '2007-07-01', registered: 11_250, weighted: 10_200 }], planApprovedOn: '2007-08-14', indicativeBudget: { overspent: false }, conditionsMet: { meetings: true } },
  { practiceCode: marketStreet.code, listSizes: [{ date: '2007-07-01', registered: 6000, weighted: 6240.5 }], planApprovedOn: '2007-07-20', indicativeBudget: { budget: 540_000_000, outturn: 531_250_000 }, conditionsMet: { meetings: true } },
  { practiceCode: hillcrest.code, listSizes: [{ date: '2007-07-01', registered: 8420, weighted: 8911.2 }], planApprovedOn: '2007-10-05', indicativeBudget: { overspent: false }, conditionsMet: { meetings: false } },
  { practiceCode: oldMill.code, listSizes: [{ date: '2007-07-01', registered: 3180, weighted: 3410.8 }], planApprovedOn: '2007-07-25' },
  { practiceCode: stationRoad.code, listSizes: [{ date: '2007-07-01', registered: 14_730, weighted: 15_102.4 }], planApprovedOn: '2007-07-18', indicativeBudget: { overspent: true }, conditionsMet: { meetings: true } },
];
