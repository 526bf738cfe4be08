/**
 * Sample incentive data for the demo's PCT (Sample Vale PCT; its local scheme is part of
 * `sampleValeArea` in src/testing/sample-vale/): each practice's Towards PBC DES claims for 2006/07.
 * Invented, but shaped like the real thing: list sizes on the dates the rules use, plans,
 * objectives, freed-up resources.
 */
import type { TowardsPbcDesPaymentInput } from '../../src/incentives/index.js';
import { sampleValePractices } from '../../src/testing/sample-vale/practices.js';

const [riverside, marketStreet, hillcrest, oldMill, stationRoad] = sampleValePractices;

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
