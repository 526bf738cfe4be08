import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReadiness, checkEntitlements, renderExplanation, type EntitlementFinding } from '../../src/index.js';
import { addDays } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy, buildPolicy } from '../../src/policy/index.js';
import { pbcError, raisedIssues } from '../support/errors.js';

const practice = { kind: 'practice', id: 'Z90001' } as const;
const fullData = { budgets: true, expenditure: true, referrals: true, prescribing: true, activity: true, clinicalPerformance: true };
const fullSupport = { designatedSupport: true, developmentPlan: true };

function codes(findings: readonly EntitlementFinding[]): string[] {
  return findings.map((finding) => `${finding.rule} ${finding.subject?.id ?? '-'} ${finding.code} ${finding.outcome}`);
}

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
  it('a business case in a year before PBC (no limit parameter on the date) has no national limit; a policy without the parameter is an error', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2004/05', businessCases: [{ id: 'EARLY', submittedOn: '2004-06-01' }] }, { asOf: '2009-06-30' });
    expect(check.findings[2]).toMatchObject({ subject: { kind: 'businessCase', id: 'EARLY' }, code: 'NO_NATIONAL_LIMIT' });
    expect(check.explanation.children[1]?.notes).toContain('entitlements.businessCaseDecisionDays has no value on 2004-06-01.');
    const withoutLimit = buildPolicy({
      id: 'no-limit',
      label: 'Baseline without the decision limit',
      parameters: Object.values(baselinePolicy.parameters).filter((parameter) => parameter.id !== 'entitlements.businessCaseDecisionDays'),
      sources: Object.values(baselinePolicy.sources),
    });
    pbcError(() => checkEntitlements({ holder: practice, financialYear: '2009/10', businessCases: [{ id: 'X', submittedOn: '2009-05-01' }] }, { asOf: '2009-06-30', policy: withoutLimit }), 'PARAMETER_NOT_FOUND');
  });
});

describe('entitlements.budgetBy1May: budget and support package by 1 May, the SHA the final recourse (Pulse, Five things)', () => {
  const check = (issued: string | undefined, agreed: string | undefined, asOf = '2009-06-30') =>
    checkEntitlements({ holder: practice, financialYear: '2009/10', ...(issued === undefined ? {} : { indicativeBudgetIssuedOn: issued }), ...(agreed === undefined ? {} : { supportAgreedOn: agreed }) }, { asOf }).findings.slice(0, 2);
  it('issued and agreed on 1 May: compliant', () => {
    expect(check('2009-05-01', '2009-05-01').map((finding) => [finding.code, finding.outcome, finding.details?.['dueOn'], finding.details?.['deliveredOn'], finding.details?.['escalateTo']])).toEqual([
      ['BUDGET_ON_TIME', 'compliant', '2009-05-01', '2009-05-01', undefined],
      ['SUPPORT_ON_TIME', 'compliant', '2009-05-01', '2009-05-01', undefined],
    ]);
  });
  it('issued or agreed on 2 May: a breach, one day late, to the SHA', () => {
    const [budget, support] = check('2009-05-02', '2009-05-02');
    expect(budget).toEqual({
      rule: 'entitlements.budgetBy1May',
      code: 'BUDGET_LATE',
      subject: { kind: 'entitlement', id: 'indicativeBudget' },
      outcome: 'breach',
      details: { dueOn: '2009-05-01', deliveredOn: '2009-05-02', daysLate: 1, escalateTo: 'SHA' },
      message: 'The indicative budget was issued on 2009-05-02, 1 day after 2009-05-01: take it to the SHA.',
      sources: ['pulse-2009-five-things', 'digitalhealth-2009-03-vision', 'bmj-2009-here-to-stay'],
    });
    expect(support).toMatchObject({ code: 'SUPPORT_LATE', outcome: 'breach', details: { daysLate: 1, escalateTo: 'SHA' } });
  });
  it('not yet delivered: pending up to and on 1 May, a breach from 2 May', () => {
    expect(check(undefined, undefined, '2009-05-01').map((finding) => finding.code)).toEqual(['BUDGET_PENDING', 'SUPPORT_PENDING']);
    const late = check(undefined, undefined, '2009-05-02');
    expect(late.map((finding) => [finding.code, finding.outcome, finding.details?.['daysLate'], finding.details?.['escalateTo']])).toEqual([
      ['BUDGET_NOT_DELIVERED', 'breach', 1, 'SHA'],
      ['SUPPORT_NOT_DELIVERED', 'breach', 1, 'SHA'],
    ]);
    expect(late[1]?.message).toBe('The management and financial support package had not been agreed by 2009-05-02, 1 day after 2009-05-01: take it to the SHA.');
  });
  it('issued before the year began counts (budgets are often set in March); the deadline follows the year', () => {
    expect(checkEntitlements({ holder: practice, financialYear: '2010/11', indicativeBudgetIssuedOn: '2010-03-20' }, { asOf: '2010-04-15' }).findings[0]).toMatchObject({ code: 'BUDGET_ON_TIME', details: { dueOn: '2010-05-01' } });
  });
  it('records the deadline parameter, its caveat about the first year bound, and the recourse', () => {
    const result = checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-04-30' }, { asOf: '2009-06-30' });
    const budget = result.explanation.children[0];
    expect(budget?.rule).toBe('entitlements.budgetBy1May');
    expect(budget?.parameters.map((reading) => [reading.id, reading.value])).toEqual([
      ['entitlements.inForce', true],
      ['entitlements.budgetIssueBy', '05-01'],
      ['entitlements.finalRecourse', 'SHA'],
    ]);
    expect(budget?.notes[0]).toContain('The first financial year it bound is unconfirmed, probably 2010/11.');
  });
  it('a reform moving the deadline (to 1 February, in the next calendar year) is followed', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'february',
      label: 'Budgets by 1 February',
      parameters: { 'entitlements.budgetIssueBy': [{ from: '2009-03-01', value: '02-01', sources: ['pulse-2009-five-things'], confidence: 'unconfirmed' }] },
    });
    const finding = checkEntitlements({ holder: practice, financialYear: '2009/10' }, { asOf: '2009-06-30', policy: reformed }).findings[0];
    expect(finding).toMatchObject({ code: 'BUDGET_PENDING', details: { dueOn: '2010-02-01' } });
  });
});

describe('entitlements.businessCaseDecision: decisions within eight weeks (56 days)', () => {
  const one = (submittedOn: string, decidedOn: string | undefined, asOf: string) =>
    checkEntitlements({ holder: practice, financialYear: '2009/10', businessCases: [{ id: 'BC-1', submittedOn, ...(decidedOn === undefined ? {} : { decidedOn }) }] }, { asOf }).findings[2];
  it('decided on day 56: in time; on day 57: a breach, a day late', () => {
    expect(one('2009-04-01', '2009-05-27', '2009-06-30')).toMatchObject({ code: 'DECIDED_IN_TIME', outcome: 'compliant', details: { dueOn: '2009-05-27', deliveredOn: '2009-05-27' }, message: 'Business case BC-1 was decided on 2009-05-27, 56 days after submission (limit 56 days).' });
    expect(one('2009-04-01', '2009-05-28', '2009-06-30')).toMatchObject({
      code: 'DECIDED_LATE',
      outcome: 'breach',
      details: { dueOn: '2009-05-27', deliveredOn: '2009-05-28', daysLate: 1, escalateTo: 'SHA' },
      message: 'Business case BC-1 was decided on 2009-05-28, 1 day after the 56-day limit (2009-05-27): take it to the SHA.',
    });
  });
  it('undecided: pending to day 56, overdue from day 57', () => {
    expect(one('2009-04-01', undefined, '2009-05-27')).toMatchObject({ code: 'DECISION_PENDING', outcome: 'pending' });
    expect(one('2009-04-01', undefined, '2009-05-30')).toMatchObject({ code: 'DECISION_OVERDUE', outcome: 'breach', details: { daysLate: 3 } });
  });
  it('property: the outcome depends only on the days from submission to decision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 120 }), (start, taken) => {
        const submittedOn = addDays('2009-04-01', start % 360);
        const decidedOn = addDays(submittedOn, taken);
        const asOf = addDays(decidedOn, 1);
        const finding = checkEntitlements({ holder: practice, financialYear: '2009/10', businessCases: [{ id: 'P', submittedOn, decidedOn }] }, { asOf }).findings[2];
        expect(finding?.outcome).toBe(taken <= 56 ? 'compliant' : 'breach');
        expect(finding?.details?.['daysLate']).toBe(taken <= 56 ? undefined : taken - 56);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('entitlements.data and ENT.SUPPORT_PACKAGE', () => {
  it('clinical performance is "where possible": its absence is a warning, not a breach; the others are breaches', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', data: { budgets: true, expenditure: false, referrals: true, prescribing: true, activity: true, clinicalPerformance: false } }, { asOf: '2009-06-30' });
    const data = check.findings.filter((finding) => finding.rule === 'entitlements.data');
    expect(data.map((finding) => [finding.subject?.id, finding.code, finding.outcome, finding.details?.['escalateTo']])).toEqual([
      ['budgets', 'DATA_PROVIDED', 'compliant', undefined],
      ['expenditure', 'DATA_NOT_PROVIDED', 'breach', 'SHA'],
      ['referrals', 'DATA_PROVIDED', 'compliant', undefined],
      ['prescribing', 'DATA_PROVIDED', 'compliant', undefined],
      ['activity', 'DATA_PROVIDED', 'compliant', undefined],
      ['clinicalPerformance', 'DATA_NOT_PROVIDED_WHERE_POSSIBLE', 'warning', undefined],
    ]);
  });
  it('a flag given as undefined is simply not known', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', data: { budgets: undefined, referrals: true } }, { asOf: '2009-06-30' });
    expect(check.findings.find((finding) => finding.subject?.id === 'budgets')?.code).toBe('DATA_UNKNOWN');
    expect(check.explanation.children[2]?.inputs).toEqual({ data: { referrals: true } });
  });
  it('the support package needs designated support and a development plan', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', support: { designatedSupport: false, developmentPlan: true } }, { asOf: '2009-06-30' });
    expect(check.findings.filter((finding) => finding.rule === 'entitlements.supportPackage').map((finding) => [finding.subject?.id, finding.code, finding.outcome, finding.message])).toEqual([
      ['designatedSupport', 'SUPPORT_ELEMENT_MISSING', 'breach', 'Missing: designated support from PCT staff or external partners. Take it to the SHA.'],
      ['developmentPlan', 'SUPPORT_ELEMENT_IN_PLACE', 'compliant', 'In place: a plan for how the PCT will meet PBC development needs.'],
    ]);
  });
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

describe('every entitlement delivered, and the result as evidence for the DH2009 framework', () => {
  const delivered = {
    holder: practice,
    financialYear: '2009/10',
    indicativeBudgetIssuedOn: '2009-04-20',
    supportAgreedOn: '2009-04-30',
    businessCases: [{ id: 'BC-1', submittedOn: '2009-05-01', decidedOn: '2009-06-01' }],
    data: { ...fullData, clinicalPerformance: false },
    support: fullSupport,
  };
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

describe('bad input: one PbcError naming every field', () => {
  it('dates that do not parse, a bad year, a practice without an ODS code, members of a practice, an unknown data stream', () => {
    const error = raisedIssues(() =>
      checkEntitlements({ holder: { kind: 'practice', id: 'riverside', memberPracticeCodes: ['Z90002'] }, financialYear: '2009-10', indicativeBudgetIssuedOn: '1 May 2009', data: { waitingTimes: true } as never }, { asOf: '2009-06-30' }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect([...new Set(error.paths)]).toEqual(['holder.id', 'holder.memberPracticeCodes', 'financialYear', 'indicativeBudgetIssuedOn', 'data']);
    expect(error.rules).toContain('entitlements.practiceCode');
  });
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
});
