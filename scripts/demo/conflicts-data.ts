/**
 * Sample business cases for the demo's conflicts section: three PBC business cases in the sample
 * PCT (Sample Vale PCT, 5ZZ). The people, bodies and cases are invented; the practices are those of
 * src/testing/sample-vale/practices.ts.
 */
import { type ConflictsInput, type ConflictsPanel, type ConflictsPanelMember } from '../../src/index.js';
import { pence } from '../../src/core/index.js';
import { sampleValePractices } from '../../src/testing/sample-vale/practices.js';

const [riverside, marketStreet, hillcrest, , stationRoad] = sampleValePractices;

/** Sample Vale PCT's local values where national policy is silent. */
export const sampleValeLocalPolicy = {
  tenderThreshold: pence(15_000_000), // £150,000: the figure the sources disagree about, adopted locally
  nonExecutiveChairRequired: true,
  decisionLimitDays: 84, // twelve weeks, before the national eight weeks of March 2009
};

const panel = (extra: readonly ConflictsPanelMember[]): ConflictsPanel => ({
  chairMemberId: 'ned-ellis',
  members: [
    { id: 'ned-ellis', name: 'Ms Jane Ellis (NED)', role: 'non_executive_director', participated: true, declarationOn: '2008-04-07', interests: [] },
    { id: 'dir-commissioning', name: 'Mr Tom Reid (PCT)', role: 'pct_officer', participated: true, declarationOn: '2008-04-07', interests: [] },
    ...extra,
  ],
});

/** Three cases, each with the date the demo checks it as of. */
export const sampleConflictsCases: readonly { readonly asOf: string; readonly input: ConflictsInput }[] = [
  {
    asOf: '2009-07-01',
    input: {
      businessCase: {
        id: 'BC-5ZZ-2009-014',
        title: 'Community dermatology clinic',
        proposer: { bodyId: riverside.code, name: riverside.name, isPractice: true },
        proposesToProvide: true,
        namesProvider: true,
        singleProviderSought: true,
        value: 12_000_000,
        procurementRoute: 'direct_award',
        valueForMoneyDocumented: false,
        submittedOn: '2009-04-06',
        decision: { outcome: 'approved', decidedOn: '2009-06-15', decidedBy: 'pct_committee', reasons: ['cuts waits for routine dermatology'] },
        publishedInProspectus: false,
      },
      panel: panel([
        {
          id: 'dr-shah',
          name: 'Dr Priya Shah',
          role: 'clinician',
          participated: true,
          declarationOn: '2008-04-07',
          interests: [{ bodyId: riverside.code, kind: 'part_owner', declaredOn: '2008-04-07', description: 'GP partner' }],
        },
        { id: 'dr-okafor', name: 'Dr Ade Okafor', role: 'clinician', participated: true, declarationOn: '2008-04-07', interests: [] },
      ]),
      referrals: [
        { id: 'REF-0412', clinicianId: 'dr-shah', providerBodyId: riverside.code, referredOn: '2009-06-29', clinicianHasFinancialInterest: true, choiceOffered: true, interestDisclosedToPatient: false },
      ],
    },
  },
  {
    asOf: '2009-09-01',
    input: {
      businessCase: {
        id: 'BC-5ZZ-2009-021',
        title: 'Diabetes education pathway',
        proposer: { bodyId: 'vale-north-pbc', name: 'Vale North PBC consortium', isPractice: false },
        proposesToProvide: false,
        namesProvider: false,
        singleProviderSought: false,
        value: 4_500_000,
        procurementRoute: 'any_willing_provider',
        valueForMoneyDocumented: true,
        submittedOn: '2009-05-01',
        decision: {
          outcome: 'rejected',
          decidedOn: '2009-06-10',
          decidedBy: 'pct_committee',
          reasons: ['the activity model is not evidenced'],
          remedialActions: [`resubmit with six months of referral data from ${marketStreet.name} and ${hillcrest.name}`],
        },
      },
      panel: panel([
        {
          id: 'dr-moss',
          name: 'Dr Helen Moss',
          role: 'clinician',
          participated: false,
          declarationOn: '2008-04-07',
          interests: [{ bodyId: 'vale-north-pbc', kind: 'director', declaredOn: '2008-04-07' }],
        },
      ]),
      dispute: {
        id: 'DSP-2009-03',
        raisedBy: 'practice',
        raisedOn: '2009-06-20',
        referredToShaOn: '2009-07-01',
        arbitration: { decidedOn: '2009-08-20', result: 'rejection upheld; PCT to supply referral data by October', followedByPractice: true, followedByPct: true },
      },
    },
  },
  {
    asOf: '2009-01-15',
    input: {
      businessCase: {
        id: 'BC-5ZZ-2008-007',
        title: 'Minor surgery hub',
        proposer: { bodyId: stationRoad.code, name: stationRoad.name, isPractice: true },
        proposesToProvide: true,
        namesProvider: false,
        singleProviderSought: false,
        value: 9_000_000,
        submittedOn: '2008-10-01',
      },
      panel: panel([
        {
          id: 'dr-lee',
          name: 'Dr Sam Lee',
          role: 'clinician',
          participated: true,
          declarationOn: '2008-04-07',
          interests: [{ bodyId: stationRoad.code, kind: 'other', declaredOn: '2008-09-01', description: 'sessional GP at the surgery' }],
        },
        { id: 'dr-grant', name: 'Dr Ruth Grant', role: 'clinician', participated: true, interests: [] },
      ]),
    },
  },
];
