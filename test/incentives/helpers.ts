import { expect } from 'vitest';
import { isPbcError, type PbcError } from '../../src/index.js';
import type { TowardsPbcDesPaymentInput } from '../../src/incentives/index.js';

/** Runs `fn`, expects a PbcError, and returns it. */
export function pbcErrorOf(fn: () => unknown): PbcError {
  try {
    fn();
  } catch (error) {
    if (isPbcError(error)) return error;
    throw error;
  }
  return expect.unreachable('expected a PbcError') as never;
}

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
