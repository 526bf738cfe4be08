/**
 * Evidence for the budgets area: shares of freed-up resources (DH 2004; Hansard 2006) and GP
 * fundholding's list-size thresholds (Hansard 1991 and 1993; the 1996 Regulations).
 *
 * @module
 */
import type { PolicyCase } from '../case.js';

const fundholder = (listSize: number) => [{ practiceCode: 'Z90003', listSize }];

/** Budgets evidence. @internal */
export const budgetsEvidence: readonly PolicyCase[] = [
  {
    name: 'in 2005/06 a practice keeps 50% of a £100,000 underspend; reasonable management costs come out of the rest',
    entryPoint: 'freedUpResources',
    asOf: '2006-03-31',
    input: { outcome: { financialYear: '2005/06', budget: 1_000_000_000, outturn: 990_000_000 }, managementCosts: 1_500_000, businessCase: { status: 'approved' } },
    expected: { underspend: 10_000_000, practiceShare: 5_000_000, managementCostsCharged: 1_500_000, pctShare: 3_500_000 },
    source: 'dh-2004-engaging-practices',
  },
  {
    name: 'from 2006/07 a practice may access at least 70% of an underspend',
    entryPoint: 'freedUpResources',
    asOf: '2008-03-31',
    input: { outcome: { financialYear: '2007/08', budget: 1_000_000_000, outturn: 990_000_000 }, businessCase: { status: 'approved' } },
    expected: { underspend: 10_000_000, practiceShareRatio: '0.7', practiceShare: 7_000_000, pctShare: 3_000_000 },
    source: 'hansard-2006-11-06',
  },
  {
    name: 'a PCT in deficit has the prior claim on an underspend before it is shared',
    entryPoint: 'freedUpResources',
    asOf: '2008-03-31',
    input: { outcome: { financialYear: '2007/08', budget: 1_000_000_000, outturn: 990_000_000 }, pctDeficit: 4_000_000 },
    expected: { pctPriorClaim: 4_000_000, practiceShare: 4_200_000, pctShare: 1_800_000 },
    source: 'hansard-2006-11-06',
  },
  {
    name: 'a practice of 8,420 patients could not hold a fund on 31 March 1993 (minimum 9,000)',
    entryPoint: 'fundholdingEligibility',
    asOf: '1993-03-31',
    input: { date: '1993-03-31', practices: fundholder(8420) },
    expected: { eligible: false, minimumListSize: 9000, shortfall: 580 },
    source: 'hansard-1991-03-13',
  },
  {
    name: 'the same practice could hold a fund from 1 April 1993 (minimum 7,000)',
    entryPoint: 'fundholdingEligibility',
    asOf: '1993-04-01',
    input: { date: '1993-04-01', practices: fundholder(8420) },
    expected: { eligible: true, minimumListSize: 7000 },
    source: 'hansard-1993-02-23',
  },
  {
    name: 'fundholding ended on 31 March 1999: a later date is outside the scheme',
    entryPoint: 'fundholdingEligibility',
    asOf: '1999-04-01',
    input: { date: '1999-04-01', practices: fundholder(8420) },
    expectedError: { code: 'NOT_IN_FORCE' },
    source: 'hansard-1998-12-15',
  },
];
