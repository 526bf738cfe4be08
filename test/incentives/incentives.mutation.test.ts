/**
 * Sharper tests for the incentive rules, written against the mutants Stryker found surviving (see
 * docs/quality.md): the payment day of the global sum and the timing rules under a reform, the
 * list-size basis of component 1, the claim made on the day of the PCT's agreement, the lapse of an
 * unclaimed component 2, the floor of a scheme that does not run a year, and what each step records.
 */
import { describe, expect, it } from 'vitest';
import type { LocalIncentivePaymentInput, TowardsPbcDesPaymentInput } from '../../src/incentives/index.js';
import { isPbcError, localIncentivePayment, towardsPbcDesPayment, type Explanation } from '../../src/index.js';
import { applyReform, type Policy } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';

const c1: TowardsPbcDesPaymentInput & { component: 'C1' } = {
  component: 'C1',
  practiceCode: 'Z90002',
  planAgreedOn: '2006-06-15',
  indicativeBudgetAcceptedOn: '2006-05-01',
  listSizes: [
    { date: '2006-04-01', registered: 5950 },
    { date: '2006-06-15', registered: 6010 },
  ],
};

const c2: TowardsPbcDesPaymentInput & { component: 'C2' } = {
  component: 'C2',
  practiceCode: 'Z90002',
  planAgreedOn: '2006-06-15',
  plan: 'individual',
  objectives: [{ id: 'referrals', scope: 'own', met: true }],
  objectivesAgreedMetOn: '2007-04-20',
  claimedOn: '2007-05-02',
  freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true },
  listSizes: [{ date: '2007-04-01', registered: 6000 }],
};

function reformed(id: string, value: string | number | null, from = '2004-04-01', to?: string): Policy {
  return applyReform(baselinePolicy, {
    id: 'test-reform',
    label: `a test value for ${id}`,
    parameters: { [id]: [{ from, ...(to === undefined ? {} : { to }), value, sources: ['bma-tpbc-des-c2'], confidence: 'unconfirmed' }] },
  });
}

function errorOf(fn: () => unknown): { code: string; paths: string[] } {
  try {
    fn();
  } catch (error) {
    if (!isPbcError(error)) throw error;
    return { code: error.code, paths: error.issues.map((issue) => issue.path.join('.')) };
  }
  throw new Error('expected a PbcError');
}

/** Every node of an explanation tree. */
function nodes(explanation: Explanation): Explanation[] {
  return [explanation, ...explanation.children.flatMap(nodes)];
}

describe('the global sum payment day (gms.globalSum.paymentDay) under a reform', () => {
  it('a day such as "15" pays on the 15th of the next month after the day payable', () => {
    const payment = towardsPbcDesPayment(c1, { policy: reformed('gms.globalSum.paymentDay', '15') });
    // Payable on 15 June: the 15 June run has gone, so 15 July.
    expect(payment.paymentDue).toBe('2006-07-15');
  });

  it('"31" falls back to the last day of a shorter month, and a payment day later in the same month is taken', () => {
    const payment = towardsPbcDesPayment({ ...c1, planAgreedOn: '2006-09-10', indicativeBudgetAcceptedOn: '2006-09-10' }, { policy: reformed('gms.globalSum.paymentDay', '31') });
    expect(payment.paymentDue).toBe('2006-09-30');
  });

  it.each(['32', '00', '155', 'x15', '5', 'last day'])('"%s" is not a payment day: PARAMETER_TYPE_MISMATCH naming the parameter', (day) => {
    expect(errorOf(() => towardsPbcDesPayment(c1, { policy: reformed('gms.globalSum.paymentDay', day) }))).toEqual({
      code: 'PARAMETER_TYPE_MISMATCH',
      paths: ['parameters.gms.globalSum.paymentDay'],
    });
  });
});

describe('the payment timing (des.c1.paymentTiming, des.c2.paymentTiming) under a reform', () => {
  it("'following-month-global-sum' pays with the month after, and says so", () => {
    const payment = towardsPbcDesPayment(c1, { policy: reformed('des.c1.paymentTiming', 'following-month-global-sum', '2006-04-01', '2007-03-31') });
    expect(payment.paymentDue).toBe('2006-07-31');
    expect(nodes(payment.explanation).flatMap((node) => node.notes)).toContain('paid with the global sum of the month after 2006-06-15');
  });

  it("'next-monthly-global-sum' (the default) says it pays with the first payment after the day payable, and records that day", () => {
    const payment = towardsPbcDesPayment(c1);
    const dateStep = nodes(payment.explanation).find((node) => node.notes.includes('paid with the first global sum payment after 2006-06-15'));
    expect(dateStep?.inputs).toEqual({ payableFrom: '2006-06-15' });
    expect(dateStep?.output).toBe('2006-06-30');
  });

  it('an unknown timing is a PARAMETER_TYPE_MISMATCH naming the parameter read', () => {
    expect(errorOf(() => towardsPbcDesPayment(c2, { policy: reformed('des.c2.paymentTiming', 'quarterly', '2006-04-01', '2007-03-31') }))).toEqual({
      code: 'PARAMETER_TYPE_MISMATCH',
      paths: ['parameters.des.c2.paymentTiming'],
    });
  });
});

describe('component 1: the list-size basis (des.c1.listSizeBasis)', () => {
  it("'plan-agreed' pays on the list on the day the plan was agreed, and says so", () => {
    const payment = towardsPbcDesPayment(c1, { policy: reformed('des.c1.listSizeBasis', 'plan-agreed', '2006-04-01', '2007-03-31') });
    expect(payment.listSizeDate).toBe('2006-06-15');
    expect(payment.listSize).toBe(6010);
    expect(payment.componentValue).toBe(95 * 6010);
    expect(nodes(payment.explanation).flatMap((node) => node.notes)).toContain('component 1 is paid on the list on the day the plan was agreed (des.c1.listSizeBasis)');
  });

  it('an unknown basis is a PARAMETER_TYPE_MISMATCH naming the parameter', () => {
    expect(errorOf(() => towardsPbcDesPayment(c1, { policy: reformed('des.c1.listSizeBasis', 'average', '2006-04-01', '2007-03-31') }))).toEqual({
      code: 'PARAMETER_TYPE_MISMATCH',
      paths: ['parameters.des.c1.listSizeBasis'],
    });
  });

  it('the value step records the component, the list date and size, and reads the component’s own rate', () => {
    for (const [claim, rate] of [
      [c1, 'des.c1.ratePerPatient'],
      [c2, 'des.c2.ratePerPatient'],
    ] as const) {
      const payment = towardsPbcDesPayment(claim);
      const valueStep = nodes(payment.explanation).find((node) => node.rule === 'des.componentValue');
      expect(valueStep?.inputs).toMatchObject({ component: claim.component, listSizeDate: payment.listSizeDate, listSize: payment.listSize });
      expect(valueStep?.parameters.map((reading) => reading.id)).toContain(rate);
    }
  });
});

describe('component 2: the claim and the top-up (SFE 7A.12)', () => {
  it('a claim made on the day the PCT agreed the objectives were met is valid', () => {
    const payment = towardsPbcDesPayment({ ...c2, claimedOn: '2007-04-20' });
    expect(payment.outcome).toBe('payable');
    expect(payment.findings.find((finding) => finding.code === 'DES_C2_CLAIM_AFTER_AGREEMENT')?.outcome).toBe('compliant');
  });

  it('a claim made after 30 June 2007 is refused, saying when it was made and the deadline', () => {
    const payment = towardsPbcDesPayment({ ...c2, claimedOn: '2007-07-01' });
    expect(payment.outcome).toBe('refused');
    const deadline = payment.findings.find((finding) => finding.code === 'DES_C2_CLAIM_DEADLINE');
    expect(deadline?.outcome).toBe('breach');
    expect(deadline?.message).toContain('2007-07-01');
    expect(deadline?.message).toContain('2007-06-30');
  });

  it('a claim made the day before the agreement is refused', () => {
    const payment = towardsPbcDesPayment({ ...c2, claimedOn: '2007-04-19' });
    expect(payment.outcome).toBe('refused');
  });

  it('an unclaimed component 2 is claimable until 30 June 2007 and lapsed after it', () => {
    const { claimedOn: _claimed, ...unclaimed } = c2;
    const before = towardsPbcDesPayment(unclaimed, { asOf: '2007-06-30' });
    const after = towardsPbcDesPayment(unclaimed, { asOf: '2007-07-01' });
    expect(before.outcome).toBe('unclaimed');
    expect(after.outcome).toBe('unclaimed');
    const unclaimedFinding = (payment: typeof before) => payment.findings.find((finding) => finding.code === 'DES_C2_UNCLAIMED');
    expect(unclaimedFinding(before)).toMatchObject({ outcome: 'unknown', message: 'not claimed yet: a written claim may be made until 2007-06-30' });
    expect(unclaimedFinding(after)).toMatchObject({ outcome: 'breach', message: 'not claimed by the deadline of 2007-06-30 (as of 2007-07-01): component 2 can no longer be paid' });
  });

  it('the top-up step records its three inputs and says why it paid what it paid', () => {
    const notes = (claim: TowardsPbcDesPaymentInput) => nodes(towardsPbcDesPayment(claim).explanation).flatMap((node) => node.notes);
    const topUpStep = nodes(towardsPbcDesPayment(c2).explanation).find((node) => 'objectivesMet' in node.inputs);
    expect(topUpStep?.inputs).toEqual({ componentValue: 570_000, freedUpResourcesAccessible: 200_000, objectivesMet: true });
    expect(notes(c2)).toContain('freed-up resources below the component 2 value: topped up to the component 2 value');
    expect(notes({ ...c2, freedUpResources: { accessible: 570_000, pctDemonstratedAvailable: true } })).toContain(
      'freed-up resources at least equal to the component 2 value replace it: nothing to top up',
    );
    const { objectivesAgreedMetOn: _agreed, ...unmet } = c2;
    expect(notes({ ...unmet, objectives: [{ id: 'referrals', scope: 'own', met: false }] })).toContain('objectives not met: no component 2 (freed-up resources stay accessible all the same)');
  });
});

describe('local schemes: the floor and the instalments', () => {
  const scheme = (startsOn: string, endsOn: string, patientBasis: 'registered' | 'weighted' = 'registered'): LocalIncentivePaymentInput['scheme'] => ({
    id: 'S',
    name: 'Scheme',
    pctCode: '5ZZ',
    startsOn,
    endsOn,
    ratePerPatient: 200,
    patientBasis,
    listSizeDate: startsOn,
    conditions: [
      { id: 'plan', kind: 'plan-approved' },
      { id: 'budget', kind: 'no-overspend' },
    ],
    instalments: [
      { id: 'first', payOn: '2008-06-30', weight: 1, conditions: [] },
      { id: 'second', payOn: '2008-09-30', weight: 1, conditions: ['plan', 'budget'] },
      { id: 'third', payOn: '2008-12-31', weight: 2, conditions: ['plan'] },
    ],
  });
  const practice = { practiceCode: 'Z90002', listSizes: [{ date: '2008-04-01', registered: 6000, weighted: 6100 }], planApprovedOn: '2008-05-01' };
  const floorNotes = (payment: ReturnType<typeof localIncentivePayment>) =>
    nodes(payment.explanation)
      .flatMap((node) => node.notes)
      .filter((note) => note.startsWith('the floor is'));

  it.each([
    ['2008-04-01', '2009-03-31', 365, false],
    ['2008-04-01', '2009-04-01', 366, false],
    ['2008-04-01', '2009-03-30', 364, true],
    ['2008-04-01', '2009-04-02', 367, true],
  ] as const)('a scheme from %s to %s runs %i days: a note to compare with care is %s', (startsOn, endsOn, days, noted) => {
    const payment = localIncentivePayment({ scheme: scheme(startsOn, endsOn), practice });
    const notes = floorNotes(payment);
    expect(notes.some((note) => note === `the floor is a year's DES equivalent; this scheme runs ${days} days, so compare with care`)).toBe(noted);
  });

  it('a scheme paying per weighted patient is told the floor is per registered patient', () => {
    const weighted = floorNotes(localIncentivePayment({ scheme: scheme('2008-04-01', '2009-03-31', 'weighted'), practice }));
    expect(weighted).toContain('the floor is per registered patient (the DES paid on the registered list); the scheme pays per weighted patient');
    expect(floorNotes(localIncentivePayment({ scheme: scheme('2008-04-01', '2009-03-31'), practice }))).toEqual([]);
  });

  it('with no floor (a reform sets local.floorPerPatient to null) the floor finding is a note saying so', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'no-floor',
      label: 'No floor',
      parameters: { 'local.floorPerPatient': [{ from: '2007-04-01', value: null, sources: ['bma-tpbc-des-c2'], confidence: 'unconfirmed' }] },
    });
    const payment = localIncentivePayment({ scheme: scheme('2008-04-01', '2009-03-31'), practice }, { policy });
    expect(payment.floorValue).toBeNull();
    expect(payment.findings.find((finding) => finding.code === 'LOCAL_FLOOR')).toMatchObject({ outcome: 'info', message: 'no floor applies under this policy (local.floorPerPatient is null)' });
    expect(nodes(payment.explanation).flatMap((node) => node.notes)).toContain('no floor under this policy');
  });

  it('an instalment withheld on two conditions gives both reasons, joined with "; "', () => {
    const payment = localIncentivePayment({
      scheme: { ...scheme('2008-04-01', '2009-03-31'), conditions: [...scheme('2008-04-01', '2009-03-31').conditions, { id: 'meetings', kind: 'custom', description: 'attends meetings' }], instalments: [{ id: 'only', payOn: '2008-09-30', weight: 1, conditions: ['budget', 'meetings'] }] },
      practice: { ...practice, indicativeBudget: { overspent: true }, conditionsMet: { meetings: false } },
    });
    expect(payment.instalments[0]?.status).toBe('withheld');
    expect(payment.instalments[0]?.reason).toMatch(/^withheld: budget \(.+\); meetings \(.+\)$/);
  });

  it('an unconditional instalment is due "unconditional"; a gated one names the conditions met, or those that failed, or those unknown', () => {
    const due = localIncentivePayment({ scheme: scheme('2008-04-01', '2009-03-31'), practice: { ...practice, indicativeBudget: { overspent: false } } });
    expect(due.instalments.map((instalment) => instalment.reason)).toEqual(['due: unconditional', 'due: plan, budget met', 'due: plan met']);
    const withheld = localIncentivePayment({ scheme: scheme('2008-04-01', '2009-03-31'), practice: { ...practice, indicativeBudget: { overspent: true } } });
    expect(withheld.instalments[1]?.status).toBe('withheld');
    expect(withheld.instalments[1]?.reason).toMatch(/^withheld: budget \(/);
    expect(withheld.instalments[1]?.reason).not.toContain('plan');
    expect(withheld.instalments[2]?.status).toBe('due');
    const pending = localIncentivePayment({ scheme: scheme('2008-04-01', '2009-03-31'), practice });
    expect(pending.instalments[1]?.status).toBe('pending');
    expect(pending.instalments[1]?.reason).toMatch(/^pending: budget \(/);
    expect(pending.instalments.map((instalment) => instalment.status)).toEqual(['due', 'pending', 'due']);
  });
});
