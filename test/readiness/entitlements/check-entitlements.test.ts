/**
 * checkEntitlements (src/readiness/entitlements/check-entitlements.ts): the four 2009 entitlements of a practice or group, in force from 1 March 2009, and the result as evidence.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReadiness, checkEntitlements, renderExplanation } from '../../../src/index.js';
import { applyReform, baselinePolicy } from '../../../src/policy/index.js';
import { expectOnlyPbcErrors, pbcError, raisedIssues } from '../../support/errors.js';
import { codes, fullData, fullSupport, practice, deliveredYear } from '../helpers.js';

describe('DH 2009 entitlements: in force from 1 March 2009 (Digital Health, March 2009; BMJ, 6 March 2009)', () => {
  it('2009-02-28: not in force, clearly — every entitlement says so and nothing is judged', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-02-01' }, { asOf: '2009-02-28' });
    expect(check.inForce).toBe(false);
    expect(codes(check.findings)).toEqual([
      'entitlements.budgetBy1May - NOT_IN_FORCE not_applicable',
      'entitlements.businessCaseDecision - NOT_IN_FORCE not_applicable',
      'entitlements.data - NOT_IN_FORCE not_applicable',
      'entitlements.supportPackage - NOT_IN_FORCE not_applicable',
    ]);
    expect(check.findings[0]?.message).toBe('The 2009 PBC entitlements were not in force on 2009-02-28: DH announced them in its March 2009 vision (in force from 2009-03-01).');
    expect(check.allDelivered).toBe(false);
    expect(check.evidence).toEqual([]);
    expect(check.explanation.children).toEqual([]);
    expect(check.explanation.parameters.map((reading) => [reading.id, reading.value, reading.to])).toEqual([['entitlements.inForce', false, '2009-02-28']]);
  });
  it('2009-03-01: in force — the 2009/10 budget is pending until 1 May, business cases, data and support unknown', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10' }, { asOf: '2009-03-01' });
    expect(check.inForce).toBe(true);
    expect(codes(check.findings)).toEqual([
      'entitlements.budgetBy1May indicativeBudget BUDGET_PENDING pending',
      'entitlements.budgetBy1May supportPackage SUPPORT_PENDING pending',
      'entitlements.businessCaseDecision - NO_BUSINESS_CASES not_applicable',
      'entitlements.data budgets DATA_UNKNOWN unknown',
      'entitlements.data expenditure DATA_UNKNOWN unknown',
      'entitlements.data referrals DATA_UNKNOWN unknown',
      'entitlements.data prescribing DATA_UNKNOWN unknown',
      'entitlements.data activity DATA_UNKNOWN unknown',
      'entitlements.data clinicalPerformance DATA_UNKNOWN unknown',
      'entitlements.supportPackage designatedSupport SUPPORT_ELEMENT_UNKNOWN unknown',
      'entitlements.supportPackage developmentPlan SUPPORT_ELEMENT_UNKNOWN unknown',
    ]);
    expect(check.findings[0]?.details?.['dueOn']).toBe('2009-05-01');
    expect(check.summary).toEqual({ compliant: 0, warning: 0, breach: 0, pending: 2, unknown: 8, not_applicable: 1 });
    expect(check.evidence.map((item) => [item.factorId, item.status])).toEqual([
      ['ENT.BUDGET_BY_1_MAY', 'unknown'],
      ['ENT.BUSINESS_CASE_8_WEEKS', 'met'],
      ['ENT.DATA', 'unknown'],
      ['ENT.SUPPORT_PACKAGE', 'unknown'],
    ]);
  });
  it('2008/09 checked in March 2009: no 1 May deadline for a year that began before the vision; business cases from March 2009 have eight weeks', () => {
    const check = checkEntitlements({ holder: { kind: 'group', id: 'vale-cluster', memberPracticeCodes: ['Z90001', 'Z90002'] }, financialYear: '2008/09', businessCases: [
        { id: 'OLD', submittedOn: '2009-01-10' },
        { id: 'NEW', submittedOn: '2009-03-02' },
        { id: 'LAST-YEAR', submittedOn: '2008-02-01', decidedOn: '2008-09-01' },
      ], data: fullData, support: fullSupport }, { asOf: '2009-03-31' });
    expect(codes(check.findings).slice(0, 5)).toEqual([
      'entitlements.budgetBy1May indicativeBudget NOT_IN_FORCE_FOR_YEAR not_applicable',
      'entitlements.budgetBy1May supportPackage NOT_IN_FORCE_FOR_YEAR not_applicable',
      'entitlements.businessCaseDecision OLD NO_NATIONAL_LIMIT not_applicable',
      'entitlements.businessCaseDecision NEW DECISION_PENDING pending',
      'entitlements.businessCaseDecision LAST-YEAR OUTSIDE_YEAR not_applicable',
    ]);
    expect(check.findings[3]?.details?.['dueOn']).toBe('2009-04-27');
    expect(check.holderKind).toBe('group');
    expect(check.allDelivered).toBe(false);
    expect(check.evidence.map((item) => item.factorId)).toEqual(['ENT.BUSINESS_CASE_8_WEEKS', 'ENT.DATA', 'ENT.SUPPORT_PACKAGE']);
  });
  it('a year over before March 2009, checked later: data and support were never owed for it', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2007/08', businessCases: [{ id: 'BC', submittedOn: '2007-06-01', decidedOn: '2008-01-01' }] }, { asOf: '2009-06-30' });
    expect(codes(check.findings)).toEqual([
      'entitlements.budgetBy1May indicativeBudget NOT_IN_FORCE_FOR_YEAR not_applicable',
      'entitlements.budgetBy1May supportPackage NOT_IN_FORCE_FOR_YEAR not_applicable',
      'entitlements.businessCaseDecision BC NO_NATIONAL_LIMIT not_applicable',
      'entitlements.data - NOT_IN_FORCE not_applicable',
      'entitlements.supportPackage - NOT_IN_FORCE not_applicable',
    ]);
    expect(check.explanation.notes).toContain('2007/08 ended on 2008-03-31, before the entitlements to data and support began.');
  });
  it('a year already over is judged on its last day: 2009/10 checked in June 2010', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', data: fullData, support: fullSupport }, { asOf: '2010-06-30' });
    expect(check.explanation.parameters.map((reading) => reading.id)).toEqual(['entitlements.inForce', 'entitlements.inForce', 'entitlements.finalRecourse']);
    expect(check.explanation.children[2]?.parameters[0]?.from).toBe('2009-03-01');
    expect(codes(check.findings).slice(0, 2)).toEqual(['entitlements.budgetBy1May indicativeBudget BUDGET_NOT_DELIVERED breach', 'entitlements.budgetBy1May supportPackage SUPPORT_NOT_DELIVERED breach']);
  });
  it('a reform withdrawing the entitlements from 2010-04-01 is followed, and says there is no date they come back', () => {
    const withdrawn = applyReform(baselinePolicy, {
      id: 'withdrawn',
      label: 'Entitlements withdrawn',
      parameters: { 'entitlements.inForce': [{ from: '2010-04-01', value: false, sources: ['digitalhealth-2009-03-vision'], confidence: 'unconfirmed' }] },
    });
    const check = checkEntitlements({ holder: practice, financialYear: '2010/11' }, { asOf: '2010-06-30', policy: withdrawn });
    expect(check.inForce).toBe(false);
    expect(check.findings[0]?.message).toBe('The 2009 PBC entitlements were not in force on 2010-06-30: DH announced them in its March 2009 vision (not in force on any later date in this policy).');
  });
});

describe('every entitlement delivered, and the result as evidence for the DH2009 framework', () => {
  const delivered = { ...deliveredYear(), data: { ...fullData, clinicalPerformance: false } };
  it('all delivered (a warning allowed): the DH2009 framework rates the year all_delivered only when nothing is partial', () => {
    const check = checkEntitlements(delivered, { asOf: '2009-07-31' });
    expect(check.allDelivered).toBe(true);
    expect(check.summary).toEqual({ compliant: 10, warning: 1, breach: 0, pending: 0, unknown: 0, not_applicable: 0 });
    expect(check.evidence.map((item) => [item.factorId, item.status, item.subjectId, item.observedOn])).toEqual([
      ['ENT.BUDGET_BY_1_MAY', 'met', 'Z90001', '2009-07-31'],
      ['ENT.BUSINESS_CASE_8_WEEKS', 'met', 'Z90001', '2009-07-31'],
      ['ENT.DATA', 'partial', 'Z90001', '2009-07-31'],
      ['ENT.SUPPORT_PACKAGE', 'met', 'Z90001', '2009-07-31'],
    ]);
    const assessment = assessReadiness({ framework: 'DH2009', evidence: check.evidence }, { asOf: check.asOf });
    expect(assessment.rating.id).toBe('not_all_delivered');
    expect(assessment.subjectId).toBe('Z90001');
    const complete = checkEntitlements({ ...delivered, data: fullData }, { asOf: '2009-07-31' });
    expect(assessReadiness({ framework: 'DH2009', evidence: complete.evidence }, { asOf: complete.asOf }).rating.id).toBe('all_delivered');
  });
  it('the explanation has the four rules as children and renders', () => {
    const check = checkEntitlements(delivered, { asOf: '2009-07-31' });
    expect(check.explanation.children.map((child) => child.rule)).toEqual(['entitlements.budgetBy1May', 'entitlements.businessCaseDecision', 'entitlements.data', 'entitlements.supportPackage']);
    expect(check.explanation.output).toEqual({ allDelivered: true, breaches: 0 });
    expect(renderExplanation(check.explanation, { policy: baselinePolicy })).toContain('DH 2009 PBC entitlements for practice Z90001, 2009/10');
    expect(JSON.parse(JSON.stringify(check))).toEqual(check);
  });
  it('property: one finding per data stream and support element, and the summary counts every finding', () => {
    const flag = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(fc.tuple(flag, flag, flag, flag, flag, flag, flag, flag), (flags) => {
        const [budgets, expenditure, referrals, prescribing, activity, clinicalPerformance, designatedSupport, developmentPlan] = flags;
        const data = Object.fromEntries(Object.entries({ budgets, expenditure, referrals, prescribing, activity, clinicalPerformance }).filter(([, value]) => value !== undefined));
        const support = Object.fromEntries(Object.entries({ designatedSupport, developmentPlan }).filter(([, value]) => value !== undefined));
        const check = checkEntitlements({ holder: practice, financialYear: '2009/10', data, support }, { asOf: '2009-06-30' });
        expect(check.findings.filter((finding) => finding.rule === 'entitlements.data')).toHaveLength(6);
        expect(check.findings.filter((finding) => finding.rule === 'entitlements.supportPackage')).toHaveLength(2);
        expect(Object.values(check.summary).reduce((sum, count) => sum + count, 0)).toBe(check.findings.length);
        expect(check.findings.filter((finding) => finding.outcome === 'breach').every((finding) => finding.details?.['escalateTo'] === 'SHA')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('all delivered means no breach, nothing pending or unknown, and every entitlement in force', () => {
  const delivered = deliveredYear();
  it('the baseline case is delivered', () => {
    expect(checkEntitlements(delivered, { asOf: '2009-07-31' }).allDelivered).toBe(true);
  });
  it('a single breach (support agreed a day late), nothing else wrong: not delivered', () => {
    const check = checkEntitlements({ ...delivered, supportAgreedOn: '2009-05-02' }, { asOf: '2009-07-31' });
    expect(check.summary).toEqual({ compliant: 10, warning: 0, breach: 1, pending: 0, unknown: 0, not_applicable: 0 });
    expect(check.allDelivered).toBe(false);
  });
  it('a single pending business case, nothing else wrong: not delivered', () => {
    const check = checkEntitlements({ ...delivered, businessCases: [{ id: 'BC-1', submittedOn: '2009-07-01' }] }, { asOf: '2009-07-31' });
    expect(check.summary.pending).toBe(1);
    expect(check.summary.breach + check.summary.unknown).toBe(0);
    expect(check.findings.filter((finding) => finding.code.startsWith('NOT_IN_FORCE'))).toEqual([]);
    expect(check.allDelivered).toBe(false);
  });
  it('a single unknown data stream, nothing else wrong: not delivered', () => {
    const { activity: _omitted, ...partData } = fullData;
    const check = checkEntitlements({ ...delivered, data: partData }, { asOf: '2009-07-31' });
    expect(check.summary.unknown).toBe(1);
    expect(check.summary.breach + check.summary.pending).toBe(0);
    expect(check.findings.filter((finding) => finding.code.startsWith('NOT_IN_FORCE'))).toEqual([]);
    expect(check.allDelivered).toBe(false);
  });
  it('a year that began before the vision (no 1 May deadline): in force, nothing breached, yet not delivered', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2008/09', data: fullData, support: fullSupport }, { asOf: '2009-07-31' });
    expect(check.inForce).toBe(true);
    expect(check.summary.breach + check.summary.pending + check.summary.unknown).toBe(0);
    expect(check.findings.filter((finding) => finding.code.startsWith('NOT_IN_FORCE')).map((finding) => [finding.rule, finding.code, finding.outcome])).toEqual([
      ['entitlements.budgetBy1May', 'NOT_IN_FORCE_FOR_YEAR', 'not_applicable'],
      ['entitlements.budgetBy1May', 'NOT_IN_FORCE_FOR_YEAR', 'not_applicable'],
    ]);
    expect(check.allDelivered).toBe(false);
    expect(check.evidence.map((item) => item.factorId)).toEqual(['ENT.BUSINESS_CASE_8_WEEKS', 'ENT.DATA', 'ENT.SUPPORT_PACKAGE']);
  });
});

describe('entitlement findings say what happened, in words', () => {
  it('on time, pending, awaiting a decision, outside the year', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-04-20', businessCases: [
        { id: 'BC-1', submittedOn: '2009-04-01' },
        { id: 'BC-0', submittedOn: '2009-03-10', decidedOn: '2009-03-20' },
      ] }, { asOf: '2009-04-30' });
    expect(check.findings.slice(0, 4).map((finding) => [finding.code, finding.message])).toEqual([
      ['BUDGET_ON_TIME', 'The indicative budget was issued on 2009-04-20, by 2009-05-01.'],
      ['SUPPORT_PENDING', 'The management and financial support package has not been agreed yet; it is due by 2009-05-01.'],
      ['DECISION_PENDING', 'Business case BC-1 awaits a decision, due by 2009-05-27.'],
      ['OUTSIDE_YEAR', 'Business case BC-0 was submitted on 2009-03-10, outside 2009/10.'],
    ]);
  });
  it('a year that began before the vision: no 1 May entitlement, explained; no business cases, said so', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2008/09' }, { asOf: '2009-07-31' });
    expect(check.findings.slice(0, 3).map((finding) => [finding.code, finding.message])).toEqual([
      ['NOT_IN_FORCE_FOR_YEAR', "No 1 May entitlement for 2008/09: it began with DH's March 2009 vision, after the year started (2008-04-01)."],
      ['NOT_IN_FORCE_FOR_YEAR', "No 1 May entitlement for 2008/09: it began with DH's March 2009 vision, after the year started (2008-04-01)."],
      ['NO_BUSINESS_CASES', 'No business cases were given for the year.'],
    ]);
    expect(check.explanation.children[0]?.notes).toEqual(['The 1 May entitlement came with the March 2009 vision; it did not bind 2008/09, which began on 2008-04-01.']);
  });
});

describe('the lists of data streams and support elements are law', () => {
  it('a reform dropping a data stream or support element from the lists makes its evidence not applicable', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'narrower',
      label: 'Fewer entitlements',
      parameters: {
        'entitlements.dataStreams': [{ from: '2009-03-01', value: ['budgets'], sources: ['digitalhealth-2009-03-vision'], confidence: 'unconfirmed' }],
        'entitlements.supportPackageElements': [{ from: '2009-03-01', value: ['designatedSupport', 'mentoring'], sources: ['digitalhealth-2009-03-vision'], confidence: 'unconfirmed' }],
      },
    });
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', data: { budgets: true, referrals: true }, support: fullSupport }, { asOf: '2009-06-30', policy: reformed });
    expect(codes(check.findings.slice(3))).toEqual([
      'entitlements.data budgets DATA_PROVIDED compliant',
      'entitlements.data clinicalPerformance DATA_UNKNOWN unknown',
      'entitlements.data referrals DATA_NOT_AN_ENTITLEMENT not_applicable',
      'entitlements.supportPackage designatedSupport SUPPORT_ELEMENT_IN_PLACE compliant',
      'entitlements.supportPackage mentoring SUPPORT_ELEMENT_UNKNOWN unknown',
      'entitlements.supportPackage developmentPlan SUPPORT_NOT_AN_ENTITLEMENT not_applicable',
    ]);
  });
});

describe('dates that contradict each other or the check date: CONFLICTING_INPUT naming each', () => {
  it('dates after the check date, a decision before its submission, duplicates', () => {
    const error = raisedIssues(() =>
      checkEntitlements({ holder: { kind: 'group', id: 'vale', memberPracticeCodes: ['Z90001', 'Z90001'] }, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-07-01', supportAgreedOn: '2009-07-01', businessCases: [
          { id: 'A', submittedOn: '2009-05-01', decidedOn: '2009-04-30' },
          { id: 'A', submittedOn: '2009-07-02', decidedOn: '2009-07-03' },
        ] }, { asOf: '2009-06-30' }),
    );
    expect(error).toEqual({
      code: 'CONFLICTING_INPUT',
      paths: [
        'indicativeBudgetIssuedOn',
        'supportAgreedOn',
        'businessCases.0.decidedOn',
        'businessCases.1.id',
        'businessCases.1.submittedOn',
        'businessCases.1.decidedOn',
        'holder.memberPracticeCodes.1',
      ],
      rules: [
        'entitlements.notAfterAsOf',
        'entitlements.notAfterAsOf',
        'entitlements.decisionAfterSubmission',
        'entitlements.uniqueBusinessCases',
        'entitlements.notAfterAsOf',
        'entitlements.notAfterAsOf',
        'entitlements.uniqueMembers',
      ],
    });
  });
  it('every date after asOf is an issue at its own path, with entitlements.notAfterAsOf and its own wording', () => {
    const error = pbcError(() =>
      checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-07-01', supportAgreedOn: '2009-07-02', businessCases: [{ id: 'BC-1', submittedOn: '2009-07-03', decidedOn: '2009-07-04' }] }, { asOf: '2009-06-30' }), 'CONFLICTING_INPUT',
    );
    expect(error.issues).toEqual([
      { path: ['indicativeBudgetIssuedOn'], message: 'the budget issue date 2009-07-01 is after the check date 2009-06-30', rule: 'entitlements.notAfterAsOf' },
      { path: ['supportAgreedOn'], message: 'the support agreement date 2009-07-02 is after the check date 2009-06-30', rule: 'entitlements.notAfterAsOf' },
      { path: ['businessCases', 0, 'submittedOn'], message: 'the submission date 2009-07-03 is after the check date 2009-06-30', rule: 'entitlements.notAfterAsOf' },
      { path: ['businessCases', 0, 'decidedOn'], message: 'the decision date 2009-07-04 is after the check date 2009-06-30', rule: 'entitlements.notAfterAsOf' },
    ]);
  });
  it('two late business cases and two late entitlement dates are six issues', () => {
    const error = pbcError(() =>
      checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-07-01', supportAgreedOn: '2009-07-02', businessCases: [
          { id: 'BC-1', submittedOn: '2009-07-03', decidedOn: '2009-07-04' },
          { id: 'BC-2', submittedOn: '2009-07-05', decidedOn: '2009-07-06' },
        ] }, { asOf: '2009-06-30' }), 'CONFLICTING_INPUT',
    );
    expect(error.issues.length).toBe(6);
  });
  it('dates on the check date itself are accepted', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-04-30', supportAgreedOn: '2009-04-30', businessCases: [{ id: 'BC-1', submittedOn: '2009-04-30', decidedOn: '2009-04-30' }] }, { asOf: '2009-04-30' });
    expect(check.findings.slice(0, 3).map((finding) => `${finding.code} ${finding.outcome}`)).toEqual(['BUDGET_ON_TIME compliant', 'SUPPORT_ON_TIME compliant', 'DECIDED_IN_TIME compliant']);
  });
  it('property: any input and options give a result or a PbcError, never a crash', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => expectOnlyPbcErrors(() => checkEntitlements(a as never, b as never))),
      { numRuns: 1000 },
    );
  });
});
