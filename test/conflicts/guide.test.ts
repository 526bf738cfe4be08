/**
 * The worked case of docs/guide/conflicts.md, step by step: the guide's claims must stay true.
 */
import { describe, expect, it } from 'vitest';
import { checkConflictsOfInterest, renderExplanation } from '../../src/index.js';
import { findingOf } from './fixtures.js';

const panel = {
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
const businessCase = {
  id: 'BC-5ZZ-2009-014',
  title: 'Community dermatology clinic',
  proposer: { bodyId: 'Z90001', name: 'Riverside Surgery', isPractice: true },
  proposesToProvide: true,
  namesProvider: true,
  singleProviderSought: false,
  value: 12_000_000,
  submittedOn: '2009-04-06',
};
const revised = { ...businessCase, namesProvider: false, procurementRoute: 'any_willing_provider' };
const decided = {
  ...revised,
  decision: { outcome: 'approved', decidedOn: '2009-05-26', decidedBy: 'pct_committee', reasons: ['cuts waits for routine dermatology'] },
  publishedInProspectus: true,
};

describe('the conflicts guide: Riverside Surgery’s dermatology clinic, from submission to decision', () => {
  it('1. on submission: COI-R05 warns that the case names its proposer as provider; the decision is due by 2009-06-01', () => {
    const result = checkConflictsOfInterest({ businessCase, panel }, { asOf: '2009-04-06' });
    expect(result.summary).toMatchObject({ worstOutcome: 'warning', rulesWarned: ['COI-R05'], conflictedMemberIds: ['dr-shah'] });
    expect(findingOf(result, 'COI-R05').message).toBe(
      'Business case BC-5ZZ-2009-014 names its provider while the proposer Riverside Surgery (Z90001) would provide: a case should say what is needed, not who provides it.',
    );
    expect(findingOf(result, 'COI-R08').explanation.output).toMatchObject({ outcome: 'pending', dueOn: '2009-06-01' });
  });
  it('2. revised before the panel: nothing wrong, the decision pending', () => {
    expect(checkConflictsOfInterest({ businessCase: revised, panel }, { asOf: '2009-05-18' }).summary.worstOutcome).toBe('pending');
  });
  it('3. the decision: compliant throughout, explained', () => {
    const result = checkConflictsOfInterest({ businessCase: decided, panel }, { asOf: '2009-06-01', local: { nonExecutiveChairRequired: true } });
    expect(result.summary.counts).toEqual({ compliant: 13, pending: 0, warning: 0, breach: 0, not_applicable: 4 });
    expect(findingOf(result, 'COI-R02', 'dr-shah').message).toBe(
      'Dr Priya Shah is conflicted (part owner of Z90001 (GP partner), declared 2008-04-07) and took no part: the conflict was managed.',
    );
    expect(renderExplanation(findingOf(result, 'COI-R08').explanation)).toBe(
      [
        'The PCT decides within the time limit [COI-R08 v1, as of 2009-04-06]',
        '  inputs: subject = case BC-5ZZ-2009-014; appliesOn = 2009-04-06 (the date the case was submitted); ruleInForce = 2005-04-01 to 2013-03-31; submittedOn = 2009-04-06; decidedOn = 2009-05-26',
        '  read entitlements.businessCaseDecisionDays = 56 days (in force from 2009-03-01; confirmed; digitalhealth-2009-03-vision; pulse-2009-kick-starting-pbc)',
        '  result: {"outcome":"compliant","limitDays":56,"dueOn":"2009-06-01","elapsedDays":50}',
        '  sources: digitalhealth-2009-03-vision; pulse-2009-kick-starting-pbc',
      ].join('\n'),
    );
  });
  it('4. had Dr Shah stayed and the decision come on 2009-06-15: COI-R03 and COI-R08 breached', () => {
    const late = { ...decided, decision: { ...decided.decision, decidedOn: '2009-06-15' } };
    const shahStayed = { ...panel, members: panel.members.map((m) => (m.id === 'dr-shah' ? { ...m, participated: true } : m)) };
    const bad = checkConflictsOfInterest({ businessCase: late, panel: shahStayed }, { asOf: '2009-07-01' });
    expect(bad.summary.rulesBreached).toEqual(['COI-R03', 'COI-R08']);
    expect(bad.summary.rulesWarned).toEqual(['COI-R02']);
    expect(findingOf(bad, 'COI-R08').message).toBe('Business case BC-5ZZ-2009-014 was decided in 70 days, 14 day(s) over the national limit of 56 days (due by 2009-06-01).');
    const rejected = { ...revised, decision: { outcome: 'rejected', decidedOn: '2009-05-26', decidedBy: 'pct_committee', reasons: ['no activity model'] } };
    expect(findingOf(checkConflictsOfInterest({ businessCase: rejected, panel }, { asOf: '2009-06-01' }), 'COI-R07').message).toBe(
      'The rejection of business case BC-5ZZ-2009-014 on 2009-05-26 does not state what actions would resolve the problem.',
    );
  });
  it('5. a referral without disclosure breaches COI-R10', () => {
    const referrals = [
      { id: 'REF-0412', clinicianId: 'dr-shah', providerBodyId: 'Z90001', referredOn: '2009-09-01', clinicianHasFinancialInterest: true, choiceOffered: true, interestDisclosedToPatient: false },
    ];
    expect(findingOf(checkConflictsOfInterest({ businessCase: decided, panel, referrals }, { asOf: '2009-09-30' }), 'COI-R10').message).toBe(
      'Referral REF-0412 on 2009-09-01 to Z90001, in which dr-shah has a financial interest: the interest was not disclosed to the patient.',
    );
  });
  it('local values: a pending case submitted 2008-10-01 against a local limit of 84 days', () => {
    const pendingCase = { ...revised, submittedOn: '2008-10-01' };
    expect(findingOf(checkConflictsOfInterest({ businessCase: pendingCase, panel }, { asOf: '2009-01-15', local: { decisionLimitDays: 84 } }), 'COI-R08').message).toBe(
      "Business case BC-5ZZ-2009-014 has been pending for 106 days, past the PCT's local limit of 84 days (due by 2008-12-24): the proposer may escalate to the SHA.",
    );
  });
});
