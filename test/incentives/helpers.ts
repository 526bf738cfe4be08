/** The shared fixtures of the incentives tests: DES claims, local schemes and practices, reforms and explanation walkers. Errors are tested with test/support/errors.ts, not here. */
import { type DesComponent1Payment, type DesComponent2Payment, localIncentivePayment, type LocalIncentivePayment, type LocalIncentivePaymentInput, towardsPbcDesPayment, type TowardsPbcDesPaymentInput } from '../../src/incentives/index.js';
import { type Explanation } from '../../src/index.js';
import { applyReform, baselinePolicy, type Policy } from '../../src/policy/index.js';

/** A component 1 claim for the Market Street practice (6,000 patients in the users' example). */
export function c1Claim(overrides: Record<string, unknown> = {}): TowardsPbcDesPaymentInput {
  // Overrides may be malformed on purpose: the rule checks its input at run time.
  return {
    component: 'C1',
    practiceCode: 'Z90002',
    planAgreedOn: '2006-06-15',
    indicativeBudgetAcceptedOn: '2006-05-01',
    listSizes: [{ date: '2006-04-01', registered: 5950 }],
    ...overrides,
  } as TowardsPbcDesPaymentInput;
}

/** A component 2 claim: 6,000 patients at 1 April 2007, objectives met, £2,000 of freed-up resources. */
export function c2Claim(overrides: Record<string, unknown> = {}): TowardsPbcDesPaymentInput {
  return {
    component: 'C2',
    practiceCode: 'Z90002',
    planAgreedOn: '2006-06-15',
    plan: 'individual',
    objectives: [{ id: 'referrals', scope: 'own', met: true }],
    objectivesAgreedMetOn: '2007-04-20',
    claimedOn: '2007-05-02',
    freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true },
    listSizes: [{ date: '2007-04-01', registered: 6000 }],
    ...overrides,
  } as TowardsPbcDesPaymentInput;
}

export const c2 = (overrides: Record<string, unknown> = {}, options = {}): DesComponent2Payment => {
  const payment = towardsPbcDesPayment(c2Claim(overrides), options);
  if (payment.component !== 'C2') throw new Error('expected C2');
  return payment;
};

export const codes = (findings: readonly { code: string; outcome: string }[]): string[] => findings.map((finding) => `${finding.code}:${finding.outcome}`);

/** Every node of an explanation tree. */
export function nodes(explanation: Explanation): Explanation[] {
  return [explanation, ...explanation.children.flatMap(nodes)];
}

export const c2Input: TowardsPbcDesPaymentInput & { component: 'C2' } = {
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

export const c1 = (overrides: Record<string, unknown> = {}, options = {}): DesComponent1Payment => {
  const payment = towardsPbcDesPayment(c1Claim(overrides), options);
  if (payment.component !== 'C1') throw new Error('expected C1');
  return payment;
};

export const reform = (id: string, parameters: Record<string, unknown[]>) => applyReform(baselinePolicy, { id, label: id, parameters });

export const des = { from: '2006-04-01', to: '2007-03-31', sources: ['bma-tpbc-des-focus'], confidence: 'unconfirmed' };

export const c1Input: TowardsPbcDesPaymentInput & { component: 'C1' } = {
  component: 'C1',
  practiceCode: 'Z90002',
  planAgreedOn: '2006-06-15',
  indicativeBudgetAcceptedOn: '2006-05-01',
  listSizes: [
    { date: '2006-04-01', registered: 5950 },
    { date: '2006-06-15', registered: 6010 },
  ],
};

export function reformed(id: string, value: string | number | boolean | null, from = '2004-04-01', to?: string): Policy {
  return applyReform(baselinePolicy, {
    id: 'test-reform',
    label: `a test value for ${id}`,
    parameters: { [id]: [{ from, ...(to === undefined ? {} : { to }), value, sources: ['bma-tpbc-des-c2'], confidence: 'unconfirmed' }] },
  });
}

/** The scheme without its custom condition: only the plan and no-overspend conditions. */
export function bareScheme(overrides: Record<string, unknown> = {}): Scheme {
  return scheme({
    conditions: [
      { id: 'plan', kind: 'plan-approved' },
      { id: 'budget', kind: 'no-overspend' },
    ],
    ...overrides,
  });
}

/** A practice for `bareScheme`: 6,000 patients, plan approved, no overspend. */
export function barePractice(overrides: Record<string, unknown> = {}): Practice {
  return {
    practiceCode: 'Z90002',
    listSizes: [{ date: '2007-07-01', registered: 6000 }],
    planApprovedOn: '2007-07-20',
    indicativeBudget: { overspent: false },
    ...overrides,
  } as Practice;
}

export type Scheme = LocalIncentivePaymentInput['scheme'];

export type Practice = LocalIncentivePaymentInput['practice'];

export const local = (schemeOverrides: Record<string, unknown> = {}, practiceOverrides: Record<string, unknown> = {}, options = {}): LocalIncentivePayment =>
  localIncentivePayment({ scheme: bareScheme(schemeOverrides), practice: barePractice(practiceOverrides) }, options);

export const pay = (schemeOverrides: Record<string, unknown> = {}, practiceOverrides: Record<string, unknown> = {}, options = {}): LocalIncentivePayment =>
  localIncentivePayment({ scheme: scheme(schemeOverrides), practice: practice(practiceOverrides) }, options);

export const rows = (payment: LocalIncentivePayment) => payment.instalments.map((row) => [row.instalmentId, row.status, row.dueOn, row.amountDue]);

export const finding = (payment: LocalIncentivePayment, code: string) => payment.findings.find((entry) => entry.code === code);

export function scheme(overrides: Record<string, unknown> = {}): Scheme {
  return {
    id: '5ZZ-2007',
    name: 'Sample Vale PBC incentive 2007/08',
    pctCode: '5ZZ',
    startsOn: '2007-07-01',
    endsOn: '2008-06-30',
    ratePerPatient: 200,
    patientBasis: 'registered',
    listSizeDate: '2007-07-01',
    conditions: [
      { id: 'plan', kind: 'plan-approved' },
      { id: 'budget', kind: 'no-overspend' },
      { id: 'attendance', kind: 'custom', description: 'PBC lead attends 75% of PBC meetings' },
    ],
    instalments: [
      { id: 'sign-up', payOn: '2007-07-31', weight: 1, conditions: ['plan'] },
      { id: 'outturn', payOn: '2008-07-31', weight: 1 },
    ],
    ...overrides,
  } as Scheme;
}

export function practice(overrides: Record<string, unknown> = {}): Practice {
  return {
    practiceCode: 'Z90002',
    listSizes: [{ date: '2007-07-01', registered: 6000, weighted: 6240.5 }],
    planApprovedOn: '2007-07-20',
    indicativeBudget: { budget: 100_000_000, outturn: 99_000_000 },
    conditionsMet: { attendance: true },
    ...overrides,
  } as Practice;
}

/** A scheme running from `startsOn` to `endsOn`, with three instalments gated on different conditions. */
export const periodScheme = (startsOn: string, endsOn: string, patientBasis: 'registered' | 'weighted' = 'registered'): LocalIncentivePaymentInput['scheme'] => ({
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

/** A practice for `periodScheme`, its plan approved on 1 May 2008. */
export const periodPractice = { practiceCode: 'Z90002', listSizes: [{ date: '2008-04-01', registered: 6000, weighted: 6100 }], planApprovedOn: '2008-05-01' };
