/**
 * A small hand-made area for the scenario tests: Sample Vale PCT (5ZZ, SHA Q99) in 2007/08 with two
 * practices, one group, one business case, a local incentive scheme and Audit Commission 2007
 * evidence. The figures are chosen to be checked by hand (see the tests' comments).
 */
import type { EvaluateAreaInput } from '../../src/index.js';

/** Twelve equal months. */
export const twelve = (amount: number): number[] => Array.from({ length: 12 }, () => amount);

type Pct = EvaluateAreaInput['pcts'][number];

const zero = (serviceLine: Pct['budgetSetting']['pctResources'][number]['serviceLine']) => ({ serviceLine, amount: 0 });

/** The 2007/08 mandatory core: resources for prescribing (£1,000,000) and elective inpatients (£500,000). */
export const pctResources: Pct['budgetSetting']['pctResources'] = [
  { serviceLine: 'ELECTIVE_INPATIENT', amount: 50_000_000 },
  zero('DAY_CASE'),
  zero('NON_ELECTIVE'),
  zero('OUTPATIENT'),
  { serviceLine: 'PRESCRIBING', amount: 100_000_000 },
];

/** The local scheme: 200p per registered patient, half at sign-up (plan approved), half at outturn (every condition). */
export const localScheme: NonNullable<Pct['localIncentiveScheme']> = {
  id: '5ZZ-LIS-2007',
  name: 'Sample Vale PBC incentive scheme 2007/08',
  pctCode: '5ZZ',
  startsOn: '2007-04-01',
  endsOn: '2008-03-31',
  ratePerPatient: 200,
  patientBasis: 'registered',
  listSizeDate: '2007-04-01',
  conditions: [
    { id: 'plan', kind: 'plan-approved' },
    { id: 'budget', kind: 'no-overspend' },
  ],
  instalments: [
    { id: 'sign-up', payOn: '2007-06-30', weight: 1, conditions: ['plan'] },
    { id: 'outturn', payOn: '2008-07-31', weight: 1 },
  ],
};

/**
 * Z90001 (weighted list 6,000) and Z90002 (4,000) share the PCT's resources 60:40 by weighted
 * capitation: budgets £300,000 and £200,000 for elective inpatients, £600,000 and £400,000 for
 * prescribing.
 *
 * - Z90001 spends £26,000 a month on elective inpatients (£312,000: £12,000 over) and £48,000 a month
 *   on prescribing (£576,000: £24,000 under).
 * - Z90002 spends £15,000 a month on elective inpatients (£180,000: £20,000 under) and £35,000 a month
 *   on prescribing (£420,000: £20,000 over).
 */
export function sampleArea(): EvaluateAreaInput {
  return {
    id: 'sample-vale',
    name: 'Sample Vale',
    financialYear: '2007/08',
    shas: [{ code: 'Q99', name: 'Sample SHA' }],
    pcts: [
      {
        code: '5ZZ',
        name: 'Sample Vale PCT',
        shaCode: 'Q99',
        budgetSetting: { method: 'weightedCapitation', pctResources },
        localIncentiveScheme: localScheme,
        readiness: [
          {
            framework: 'AC2007',
            evidence: [
              { factorId: 'AC07.F1_BUDGETS', status: 'met', observedOn: '2007-06-30' },
              { factorId: 'AC07.F2_INFORMATION', status: 'met', observedOn: '2007-06-30' },
              { factorId: 'AC07.F3_FREEDOM_SAVINGS', status: 'met', observedOn: '2007-06-30' },
              { factorId: 'AC07.F4_GOVERNANCE_COI', status: 'met', observedOn: '2007-06-30' },
              { factorId: 'AC07.F5_SHARED_OWNERSHIP', status: 'partial', observedOn: '2007-06-30' },
            ],
          },
        ],
      },
    ],
    practices: [
      {
        code: 'Z90001',
        name: 'Riverside Surgery',
        pctCode: '5ZZ',
        listSize: 6000,
        weightedList: 6000,
        spend: [
          { serviceLine: 'ELECTIVE_INPATIENT', months: twelve(2_600_000) },
          { serviceLine: 'PRESCRIBING', months: twelve(4_800_000) },
        ],
        freedUpResources: { businessCase: { status: 'approved' } },
        localIncentive: { practiceCode: 'Z90001', listSizes: [{ date: '2007-04-01', registered: 6000 }], planApprovedOn: '2007-05-01' },
      },
      {
        code: 'Z90002',
        name: 'Market Street Practice',
        pctCode: '5ZZ',
        listSize: 4000,
        weightedList: 4000,
        spend: [
          { serviceLine: 'ELECTIVE_INPATIENT', months: twelve(1_500_000) },
          { serviceLine: 'PRESCRIBING', months: twelve(3_500_000) },
        ],
        freedUpResources: { businessCase: { status: 'approved' } },
        localIncentive: { practiceCode: 'Z90002', listSizes: [{ date: '2007-04-01', registered: 4000 }], planApprovedOn: '2007-05-01' },
      },
    ],
    groups: [{ id: 'vale-north', name: 'Vale North cluster', pctCode: '5ZZ', memberPracticeCodes: ['Z90001', 'Z90002'] }],
    businessCases: [
      {
        pctCode: '5ZZ',
        businessCase: {
          id: 'BC-5ZZ-2007-001',
          title: 'Community dermatology clinic',
          proposer: { bodyId: 'Z90001', name: 'Riverside Surgery', isPractice: true },
          proposesToProvide: true,
          namesProvider: false,
          singleProviderSought: false,
          value: 12_000_000,
          procurementRoute: 'any_willing_provider',
          submittedOn: '2007-06-01',
          decision: { outcome: 'approved', decidedOn: '2007-07-20', decidedBy: 'pct_committee', reasons: ['cuts waits for routine dermatology'] },
          publishedInProspectus: true,
        },
        panel: {
          chairMemberId: 'ned',
          members: [
            { id: 'ned', role: 'non_executive_director', participated: true, declarationOn: '2007-04-02', interests: [] },
            { id: 'gp-z90001', role: 'clinician', participated: false, declarationOn: '2007-04-02', interests: [{ bodyId: 'Z90001', kind: 'part_owner', declaredOn: '2007-04-02' }] },
            { id: 'gp-z90002', role: 'clinician', participated: true, declarationOn: '2007-04-02', interests: [{ bodyId: 'Z90002', kind: 'part_owner', declaredOn: '2007-04-02' }] },
          ],
        },
      },
    ],
  };
}
