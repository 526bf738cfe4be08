/**
 * Seeded budget parameters: freed-up resources, the pace of change, overspend balancing, and GP
 * fundholding's thresholds and caps. Money fact sheet §3–§5 and §7.2, §7.5, §7.6.
 *
 * @module
 */
import type { Parameter } from '../../core/parameters.js';

/** Budget parameters. @internal */
export const budgetParameters: readonly Parameter[] = [
  {
    id: 'fur.practiceShare',
    label: "Freed-up resources: the practice's share of a year-end underspend",
    description: 'Under the October 2004 guidance the practice keeps 50% (the rest to reasonable practice management costs, then the PCT); from 2006/07 DH recommended at least 70%.',
    unit: 'ratio',
    values: [
      {
        from: '2005-04-01',
        to: '2006-03-31',
        value: '0.5',
        sources: ['dh-2004-engaging-practices', 'hsj-2004-10-07'],
        confidence: 'confirmed',
        note: "The King's Fund reported the government later allowed up to 100%; the DH guidance's 50% is the baseline. See docs/parameters.md.",
      },
      {
        from: '2006-04-01',
        value: '0.7',
        sources: ['hansard-2006-11-06'],
        confidence: 'confirmed',
        note: 'A minimum ("at least 70%"): a PCT may give more; pass a reform to model that.',
      },
    ],
  },
  {
    id: 'budget.paceOfChange.threshold',
    label: 'Pace of change: distance from fair share beyond which a budget must move towards it',
    unit: 'ratio',
    values: [
      { from: '2007-04-01', to: '2008-03-31', value: '0.1', sources: ['dh-2006-fair-shares-toolkit'], confidence: 'confirmed' },
      {
        from: '2008-04-01',
        value: '0.1',
        sources: ['dh-2006-fair-shares-toolkit', 'dh-2009-budget-guidance'],
        confidence: 'unconfirmed',
        note: 'The 2007/08 figure carried forward: the 2009/10 guidance changed the minimum pace of change but its figures were not found.',
      },
    ],
  },
  {
    id: 'budget.overspendBalancingYears',
    label: 'Overspends: the window over which a practice must balance its indicative budget',
    unit: 'years',
    values: [{ from: '2005-04-01', value: 3, sources: ['dh-2004-engaging-practices', 'hsj-2004-10-07'], confidence: 'confirmed' }],
  },
  {
    id: 'fundholding.minimumListSize.standard',
    label: 'GP fundholding: minimum list size (standard fundholding)',
    unit: 'patients',
    values: [
      { from: '1991-04-01', to: '1993-03-31', value: 9000, sources: ['hansard-1991-03-13', 'uksi-1991-582'], confidence: 'confirmed', note: 'Smaller practices could group to reach it.' },
      { from: '1993-04-01', to: '1996-03-31', value: 7000, sources: ['hansard-1993-02-23'], confidence: 'confirmed', note: 'England; Scotland had its own thresholds.' },
      { from: '1996-04-01', to: '1999-03-31', value: 5000, sources: ['uksi-1996-706'], confidence: 'confirmed' },
    ],
  },
  {
    id: 'fundholding.minimumListSize.community',
    label: 'GP fundholding: minimum list size (community fundholding)',
    unit: 'patients',
    values: [{ from: '1996-04-01', to: '1999-03-31', value: 3000, sources: ['uksi-1996-706'], confidence: 'confirmed' }],
  },
  {
    id: 'fundholding.perPatientCap',
    label: 'GP fundholding: most a fundholder pays for one patient in a year (the health authority pays the excess)',
    unit: 'pence',
    values: [
      {
        from: '1991-04-01',
        to: '1994-03-31',
        value: 500_000,
        sources: ['uksi-1994-640'],
        confidence: 'derived',
        note: 'Regulation 21 of the 1993 Regulations set £5,000; applying it from 1991 is the fact sheet reading.',
      },
      { from: '1994-04-01', to: '1999-03-31', value: 600_000, sources: ['uksi-1994-640'], confidence: 'confirmed' },
    ],
  },
  {
    id: 'fundholding.savingsSpendWindowYears',
    label: 'GP fundholding: years within which savings may be spent',
    unit: 'years',
    values: [{ from: '1991-04-01', to: '1999-03-31', value: 4, sources: ['independent-1996-savings'], confidence: 'confirmed' }],
  },
];
