/**
 * Seeded entitlement parameters from DH's March 2009 vision for PBC: budgets by 1 May, business-case
 * decisions within eight weeks. Governance fact sheet §5 and model implications B.
 *
 * @module
 */
import type { Parameter } from '../../core/parameters.js';

/** Entitlement parameters. @internal */
export const entitlementParameters: readonly Parameter[] = [
  {
    id: 'entitlements.budgetIssueBy',
    label: 'Indicative budget and support package agreed by (day of each financial year)',
    unit: 'month-day',
    values: [
      {
        from: '2009-03-01',
        value: '05-01',
        sources: ['pulse-2009-five-things', 'digitalhealth-2009-03-vision'],
        confidence: 'confirmed',
        note: 'From the March 2009 vision (day of publication not known: taken as 1 March). The first financial year it bound is unconfirmed, probably 2010/11.',
      },
    ],
  },
  {
    id: 'entitlements.businessCaseDecisionDays',
    label: 'Business cases: most days from submission to the PCT decision',
    unit: 'days',
    values: [
      {
        from: '2005-04-01',
        to: '2009-02-28',
        value: null,
        sources: ['digitalhealth-2009-03-vision'],
        confidence: 'confirmed',
        note: 'No national limit before the March 2009 vision: a local PCT parameter (set it with a reform).',
      },
      { from: '2009-03-01', value: 56, sources: ['digitalhealth-2009-03-vision', 'pulse-2009-kick-starting-pbc'], confidence: 'confirmed', note: 'Eight weeks.' },
    ],
  },
];
