/**
 * The worked case of docs/guide/conflicts.md, step by step: the guide's claims must stay true.
 */
import { describe, expect, it } from 'vitest';
import { checkConflictsOfInterest, renderExplanation, type ConflictsBusinessCase, type ConflictsPanel } from '../../src/index.js';
import { findingOf } from './fixtures.js';

const panel: ConflictsPanel = {
  chairMemberId: 'ned-ellis',
  members: [
    { id: 'ned-ellis', name: 'Ms Jane Ellis', role: 'non_executive_director', participated: true, declarationOn: '2008-04-07', interests: [] },
    {
      id: 'dr-shah',
      name: 'Dr Priya Shah',
      role: 'clinician',
      participated: false,
      declarationOn: '2008-04-07',
      interests: [{ bodyId: 'Z90001', kind: 'part_owner', declaredOn: '2008-04-07', description: 'GP partner' }],
    },
    { id: 'dr-okafor', name: 'Dr Ade Okafor', role: 'clinician', participated: true, declarationOn: '2008-04-07', interests: [] },
  ],
};
const businessCase: ConflictsBusinessCase = {
  id: 'BC-5ZZ-2009-014',
  title: 'Community dermatology clinic',
  proposer: { bodyId: 'Z90001', name: 'Riverside Surgery', isPractice: true },
  proposesToProvide: true,
  namesProvider: true,
  singleProviderSought: false,
  value: 12_000_000,
  submittedOn: '2009-04-06',
};
const revised: ConflictsBusinessCase = { ...businessCase, namesProvider: false, procurementRoute: 'any_willing_provider' };
const decided: ConflictsBusinessCase & { decision: NonNullable<ConflictsBusinessCase['decision']> } = {
  ...revised,
  decision: { outcome: 'approved', decidedOn: '2009-05-26', decidedBy: 'pct_committee', reasons: ['cuts waits for routine dermatology'] },
  publishedInProspectus: true,
};

describe('the conflicts guide: Riverside Surgery’s dermatology clinic, from submission to decision', () => {
  it('1. on submission: conflicts.whatNotWho (COI-R05) warns that the case names its proposer as provider; the decision is due by 2009-06-01', () => {
    const result = checkConflictsOfInterest({ businessCase, panel }, { asOf: '2009-04-06' });
    expect(result.summary).toMatchObject({ worstOutcome: 'warning', rulesWarned: ['conflicts.whatNotWho'], conflictedMemberIds: ['dr-shah'] });
    expect(findingOf(result, 'conflicts.whatNotWho').message).toBe(
      'Business case BC-5ZZ-2009-014 names its provider while the proposer Riverside Surgery (Z90001) would provide: a case should say what is needed, not who provides it.',
    );
    expect(findingOf(result, 'conflicts.decisionInTime')).toMatchObject({ code: 'DECISION_PENDING', outcome: 'pending', details: { dueOn: '2009-06-01' } });
  });
  it('2. revised before the panel: nothing wrong, the decision pending', () => {
    expect(checkConflictsOfInterest({ businessCase: revised, panel }, { asOf: '2009-05-18' }).summary.worstOutcome).toBe('pending');
  });
  it('3. the decision: compliant throughout, explained', () => {
    const result = checkConflictsOfInterest({ businessCase: decided, panel, local: { nonExecutiveChairRequired: true } }, { asOf: '2009-06-01' });
    expect(result.summary.counts).toEqual({ compliant: 13, pending: 0, warning: 0, breach: 0, not_applicable: 6 });
    expect(findingOf(result, 'conflicts.minimumListConflict', 'dr-shah').message).toBe(
      'Dr Priya Shah is conflicted (part owner of Z90001 (GP partner), declared 2008-04-07) and took no part: the conflict was managed.',
    );
    expect(renderExplanation(findingOf(result, 'conflicts.decisionInTime').explanation)).toBe(
      [
        'The PCT decides within the time limit [conflicts.decisionInTime v1, as of 2009-04-06]',
        '  inputs: subject = case BC-5ZZ-2009-014; appliesOn = 2009-04-06 (the date the case was submitted); submittedOn = 2009-04-06; decidedOn = 2009-05-26',
        '  read conflicts.decisionInTime.inForce = true (in force 2005-04-01 to 2013-03-31; confirmed; digitalhealth-2009-03-vision; kf-2004-100pc; ukpga-2012-7-s33-34; uksi-2013-160)',
        '  read entitlements.businessCaseDecisionDays = 56 days (in force from 2009-03-01; confirmed; digitalhealth-2009-03-vision; pulse-2009-kick-starting-pbc)',
        '  result: {"outcome":"compliant","code":"DECIDED_IN_TIME","limitDays":56,"dueOn":"2009-06-01","elapsedDays":50}',
        '  sources: digitalhealth-2009-03-vision; pulse-2009-kick-starting-pbc',
      ].join('\n'),
    );
  });
  it('4. had Dr Shah stayed and the decision come on 2009-06-15: conflicts.recusal and conflicts.decisionInTime breached', () => {
    const late = { ...decided, decision: { ...decided.decision, decidedOn: '2009-06-15' } };
    const shahStayed = { ...panel, members: panel.members.map((m) => (m.id === 'dr-shah' ? { ...m, participated: true } : m)) };
    const bad = checkConflictsOfInterest({ businessCase: late, panel: shahStayed }, { asOf: '2009-07-01' });
    expect(bad.summary.rulesBreached).toEqual(['conflicts.recusal', 'conflicts.decisionInTime']);
    expect(bad.summary.rulesWarned).toEqual(['conflicts.minimumListConflict']);
    expect(findingOf(bad, 'conflicts.decisionInTime').message).toBe('Business case BC-5ZZ-2009-014 was decided in 70 days, 14 day(s) over the national limit of 56 days (due by 2009-06-01).');
    const rejected: ConflictsBusinessCase = { ...revised, decision: { outcome: 'rejected', decidedOn: '2009-05-26', decidedBy: 'pct_committee', reasons: ['no activity model'] } };
    expect(findingOf(checkConflictsOfInterest({ businessCase: rejected, panel }, { asOf: '2009-06-01' }), 'conflicts.rejectionReasons').message).toBe(
      'The rejection of business case BC-5ZZ-2009-014 on 2009-05-26 does not state what actions would resolve the problem.',
    );
  });
  it('5. a referral without disclosure breaches conflicts.referralDisclosure', () => {
    const referrals = [
      { id: 'REF-0412', clinicianId: 'dr-shah', providerBodyId: 'Z90001', referredOn: '2009-09-01', clinicianHasFinancialInterest: true, choiceOffered: true, interestDisclosedToPatient: false },
    ];
    expect(findingOf(checkConflictsOfInterest({ businessCase: decided, panel, referrals }, { asOf: '2009-09-30' }), 'conflicts.referralDisclosure').message).toBe(
      'Referral REF-0412 on 2009-09-01 to Z90001, in which dr-shah has a financial interest: the interest was not disclosed to the patient.',
    );
  });
  it('local values: a pending case submitted 2008-10-01 against a local limit of 84 days', () => {
    const pendingCase = { ...revised, submittedOn: '2008-10-01' };
    expect(findingOf(checkConflictsOfInterest({ businessCase: pendingCase, panel, local: { decisionLimitDays: 84 } }, { asOf: '2009-01-15' }), 'conflicts.decisionInTime').message).toBe(
      "Business case BC-5ZZ-2009-014 has been pending for 106 days, past the PCT's local limit of 84 days (due by 2008-12-24): the proposer may escalate to the SHA.",
    );
  });
});

describe('the conflicts guide: the PCT as commissioner and provider (COI-R12, COI-R13)', () => {
  const withArm: ConflictsBusinessCase = { ...decided, pctProviderArm: { name: 'Provider Services', bids: true, separation: 'internal' } };
  it('the arm bids on 2009-05-26 while split off only internally: a contract was required from 2009-04-01', () => {
    const result = checkConflictsOfInterest({ businessCase: withArm, panel }, { asOf: '2009-06-01' });
    expect(findingOf(result, 'conflicts.providerArmSeparated')).toMatchObject({ code: 'SEPARATION_INSUFFICIENT', outcome: 'breach', details: { required: 'contractual', separation: 'internal' } });
    const march = { ...withArm, decision: { ...decided.decision, decidedOn: '2009-03-31' }, submittedOn: '2009-03-02' };
    expect(findingOf(checkConflictsOfInterest({ businessCase: march, panel }, { asOf: '2009-06-01' }), 'conflicts.providerArmSeparated').code).toBe('SEPARATION_SUFFICIENT');
  });
  it('a direct award to the arm over Riverside is a breach; through any willing provider it is open', () => {
    const awarded: ConflictsBusinessCase = {
      ...withArm,
      procurementRoute: 'direct_award',
      pctProviderArm: { name: 'Provider Services', bids: true, chosen: true, separation: 'contractual' },
    };
    const result = checkConflictsOfInterest({ businessCase: awarded, panel }, { asOf: '2009-06-01' });
    expect(findingOf(result, 'conflicts.providerArmChosenFairly')).toMatchObject({ code: 'DIRECT_AWARD_TO_PROVIDER_ARM_OVER_PROPOSER', outcome: 'breach' });
    const open = checkConflictsOfInterest({ businessCase: { ...awarded, procurementRoute: 'any_willing_provider' }, panel }, { asOf: '2009-06-01' });
    expect(findingOf(open, 'conflicts.providerArmChosenFairly').code).toBe('CHOSEN_OPENLY');
  });
  it('without the provider-arm facts, both rules say they were not checked', () => {
    const result = checkConflictsOfInterest({ businessCase: decided, panel }, { asOf: '2009-06-01' });
    expect(findingOf(result, 'conflicts.providerArmSeparated').code).toBe('PROVIDER_ARM_NOT_STATED');
    expect(findingOf(result, 'conflicts.providerArmChosenFairly').code).toBe('PROVIDER_ARM_NOT_STATED');
  });
});
