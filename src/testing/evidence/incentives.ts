/**
 * Evidence for the incentives area: the Towards PBC DES worked examples (SFE 7A.12 as the BMA and
 * Pulse explain it) and the national estimate against the Audit Commission's £98m.
 *
 * @module
 */
import type { PolicyCase } from '../case.js';

const c2Unmet = {
  component: 'C2',
  practiceCode: 'Z90002',
  planAgreedOn: '2006-06-15',
  listSizes: [{ date: '2007-04-01', registered: 6000 }],
};

const c2Claim = {
  component: 'C2',
  practiceCode: 'Z90002',
  planAgreedOn: '2006-06-15',
  plan: 'individual',
  objectives: [{ id: 'referrals', scope: 'own', met: true }],
  objectivesAgreedMetOn: '2007-04-20',
  claimedOn: '2007-05-02',
  listSizes: [{ date: '2007-04-01', registered: 6000 }],
};

/** Incentives evidence. @internal */
export const incentivesEvidence: readonly PolicyCase[] = [
  {
    name: 'a practice of 6,000 patients that met its objectives and has £2,000 of freed-up resources gets a C2 top-up of £3,700',
    entryPoint: 'towardsPbcDesPayment',
    asOf: '2007-05-02',
    input: { ...c2Claim, freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true } },
    expected: { outcome: 'payable', componentValue: 570_000, topUp: 370_000, amountPayable: 370_000, practiceReceives: 570_000, paymentDue: '2007-05-31' },
    source: 'bma-tpbc-des-c2',
  },
  {
    name: 'freed-up resources at least equal to the C2 value replace it: nothing is paid (SFE 7A.12)',
    entryPoint: 'towardsPbcDesPayment',
    asOf: '2007-05-02',
    input: { ...c2Claim, freedUpResources: { accessible: 800_000, pctDemonstratedAvailable: true } },
    expected: { outcome: 'replaced-by-freed-up-resources', amountPayable: 0, practiceReceives: 800_000 },
    source: 'bma-tpbc-des-c2',
  },
  {
    name: 'access to freed-up resources does not depend on the objectives, but C2 does',
    entryPoint: 'towardsPbcDesPayment',
    asOf: '2007-05-02',
    input: { ...c2Unmet, plan: 'individual', objectives: [{ id: 'referrals', scope: 'own', met: false }], freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true } },
    expected: { outcome: 'not-earned', amountPayable: 0, practiceReceives: 200_000 },
    source: 'bma-tpbc-des-c2',
  },
  {
    name: 'with a joint plan a practice must meet the joint objectives and its own to earn C2',
    entryPoint: 'towardsPbcDesPayment',
    asOf: '2007-05-02',
    input: {
      ...c2Unmet,
      plan: 'joint',
      objectives: [
        { id: 'own', scope: 'own', met: true },
        { id: 'joint', scope: 'joint', met: false },
      ],
    },
    expected: { outcome: 'not-earned', amountPayable: 0 },
    source: 'bma-tpbc-des-c2',
  },
  {
    name: 'a C2 claim made after 30 June 2007 is refused',
    entryPoint: 'towardsPbcDesPayment',
    asOf: '2007-07-01',
    input: { ...c2Claim, claimedOn: '2007-07-01' },
    expected: { outcome: 'refused', amountPayable: 0 },
    source: 'pulse-know-your-rights-c2',
  },
  {
    name: 'component 1 pays 95p per registered patient for signing up',
    entryPoint: 'towardsPbcDesPayment',
    asOf: '2006-06-15',
    input: { component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01', listSizes: [{ date: '2006-04-01', registered: 6000 }] },
    expected: { amountPayable: 570_000 },
    source: 'gponline-2006-enormous-variation',
  },
  {
    name: "England's 2006/07 DES spend at 96% uptake comes within 2% of the Audit Commission's £98m, about half for each component",
    entryPoint: 'estimateNationalIncentiveSpend',
    asOf: '2007-03-31',
    input: { basis: 'population' },
    expected: { component1Share: '0.5000', ratioToReference: '0.9810', reference: 9_800_000_000 },
    source: 'kf-2008-press-release',
  },
];
