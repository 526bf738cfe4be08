/**
 * Sample Vale PCT's local PBC incentive scheme for 2007/08 and each practice's part in it. Invented,
 * but shaped like the real thing: list sizes on the scheme's list date, plan approvals, a custom
 * condition.
 *
 * @module
 */
import type { LocalIncentivePaymentInput } from '../../incentives/index.js';
import { sampleValePct, sampleValePractices } from './practices.js';

const [riverside, marketStreet, hillcrest, oldMill, stationRoad] = sampleValePractices;

/** The PCT's local scheme for 2007/08: 200p per weighted patient, July to June, in three instalments. @internal */
export const sampleValeLocalScheme: LocalIncentivePaymentInput['scheme'] = {
  id: '5ZZ-LIS-2007',
  name: 'Sample Vale PBC incentive scheme 2007/08',
  pctCode: sampleValePct.code,
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

/**
 * Each practice's part in the local scheme, without `indicativeBudget`: the area's evaluation
 * supplies the no-overspend condition from the year end. @internal
 */
export const sampleValeLocalPractices: readonly LocalIncentivePaymentInput['practice'][] = [
  { practiceCode: riverside.code, listSizes: [{ date: '2007-07-01', registered: 11_250, weighted: 10_200 }], planApprovedOn: '2007-08-14', conditionsMet: { meetings: true } },
  { practiceCode: marketStreet.code, listSizes: [{ date: '2007-07-01', registered: 6000, weighted: 6240.5 }], planApprovedOn: '2007-07-20', conditionsMet: { meetings: true } },
  { practiceCode: hillcrest.code, listSizes: [{ date: '2007-07-01', registered: 8420, weighted: 8911.2 }], planApprovedOn: '2007-10-05', conditionsMet: { meetings: false } },
  { practiceCode: oldMill.code, listSizes: [{ date: '2007-07-01', registered: 3180, weighted: 3410.8 }], planApprovedOn: '2007-07-25' },
  { practiceCode: stationRoad.code, listSizes: [{ date: '2007-07-01', registered: 14_730, weighted: 15_102.4 }], planApprovedOn: '2007-07-18', conditionsMet: { meetings: true } },
];
