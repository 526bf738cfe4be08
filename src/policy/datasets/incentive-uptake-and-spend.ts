/**
 * What the incentives area publishes under `practice-based-commissioning/policy`: reference data on
 * PBC incentive payments — DES uptake (nationally and by SHA) and the Audit Commission's estimate
 * of 2006/07 incentive spend — typed, cited and with a confidence. Re-exported by
 * `src/policy/index.ts`.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import type { Pence } from '../../core/money.js';
import type { Confidence } from '../../core/policy-model/schemas.js';

/**
 * One national reading of PBC incentive uptake: practices taking up an incentive payment — the
 * Towards PBC DES or a local alternative — as DH measured "engagement" in PBC.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesUptakeReading } from 'practice-based-commissioning/policy';
 * declare const reading: DesUptakeReading;
 * reading.share; //=> '0.41'
 * ```
 */
export interface DesUptakeReading {
  /** A stable id for the row. */
  readonly id: string;
  /** The date of the figures, as precisely as known (`YYYY-MM-DD` or `YYYY-MM`). */
  readonly asAt: string;
  /** Practices taking up an incentive payment, where the source gives the count. */
  readonly practicesTakingUp: number | null;
  /** Practices in England, where the source gives the count. */
  readonly practicesInEngland: number | null;
  /** The share of practices, as a decimal string, as the source states it (rounded). */
  readonly share: string;
  /** What was counted. */
  readonly measure: string;
  /** The source id (see `baselinePolicy.sources`). */
  readonly source: string;
  readonly sourceUrl: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

/**
 * DH's national figures for practices taking up a PBC incentive payment (the DES or a local
 * alternative) in 2006/07: 41% (3,454 of 8,433) at 31 May 2006; about three in four (6,260) on the
 * August 2006 figures; 96% at 31 March 2007.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { desUptakeReadings } from 'practice-based-commissioning/policy';
 * desUptakeReadings.map((row) => `${row.asAt}: ${row.share}`);
 * //=> ['2006-05-31: 0.41', '2006-08: 0.75', '2007-03-31: 0.96']
 * ```
 */
export const desUptakeReadings: readonly DesUptakeReading[] = deepFreeze([
  {
    id: 'dh-2006-05-31',
    asAt: '2006-05-31',
    practicesTakingUp: 3454,
    practicesInEngland: 8433,
    share: '0.41',
    measure: 'practices taking up an incentive payment (the national DES or a local alternative)',
    source: 'hansard-2006-07-06-pbc-uptake',
    sourceUrl: 'https://hansard.parliament.uk/Commons/2006-07-06/debates/06070623000122/Practice-BasedCommissioning',
    confidence: 'confirmed',
  },
  {
    id: 'dh-2006-08',
    asAt: '2006-08',
    practicesTakingUp: 6260,
    practicesInEngland: null,
    share: '0.75',
    measure: 'practices receiving PBC incentive payments ("three out of four")',
    source: 'gponline-2006-north-south-divide',
    sourceUrl: 'https://www.gponline.com/north-south-divide-commissioning-uptake/article/597457',
    confidence: 'confirmed',
    note: 'The count and share are as reported; the month is inferred from the August targets the same DH figures measured (unconfirmed). London 86%; North East and West Midlands 60%; north and Midlands 63% against 84% in the south and east.',
  },
  {
    id: 'dh-2007-03-31',
    asAt: '2007-03-31',
    practicesTakingUp: null,
    practicesInEngland: null,
    share: '0.96',
    measure: 'practices taking up an incentive payment (the national DES or a local alternative)',
    source: 'mip-2007-04-27-dh-figures',
    sourceUrl: 'https://managementinpractice.com/news/practice-based-commissioning-latest-dh-figures/',
    confidence: 'confirmed',
    note: 'All PCTs had reached universal coverage by December 2006.',
  },
]);

/**
 * One SHA's row of the 31 May 2006 uptake table.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesUptakeByShaRow } from 'practice-based-commissioning/policy';
 * declare const row: DesUptakeByShaRow;
 * row.practicesTakingUp / row.practices;
 * ```
 */
export interface DesUptakeByShaRow {
  /** The strategic health authority (the 28 SHAs before July 2006). */
  readonly sha: string;
  /** Practices in the SHA. */
  readonly practices: number;
  /** Practices taking up an incentive payment (the DES or a local alternative). */
  readonly practicesTakingUp: number;
  /** The percentage as published (whole per cent). */
  readonly percentage: number;
}

const shaRows: readonly (readonly [string, number, number, number])[] = [
  ['Bedfordshire and Hertfordshire', 224, 81, 36],
  ['Essex', 288, 57, 20],
  ['North Central London', 285, 43, 15],
  ['North East London', 344, 218, 63],
  ['South East London', 284, 225, 79],
  ['South West London', 230, 172, 75],
  ['Northumberland, Tyne and Wear', 233, 127, 55],
  ['County Durham and Tees Valley', 172, 42, 24],
  ['North and East Yorkshire and Northern Lincolnshire', 251, 76, 30],
  ['Cumbria and Lancashire', 347, 194, 56],
  ['Greater Manchester', 545, 286, 52],
  ['Cheshire and Merseyside', 418, 113, 27],
  ['Thames Valley', 280, 75, 27],
  ['Surrey and Sussex', 363, 147, 40],
  ['South West Peninsula', 249, 127, 51],
  ['Somerset and Dorset', 177, 0, 0],
  ['South Yorkshire', 222, 85, 38],
  ['Trent', 407, 154, 38],
  ['Hampshire and Isle of Wight', 230, 0, 0],
  ['Norfolk, Suffolk and Cambridgeshire', 285, 203, 71],
  ['Kent and Medway', 287, 0, 0],
  ['Birmingham and the Black Country', 500, 335, 67],
  ['West Yorkshire', 349, 141, 40],
  ['West Midlands South', 229, 53, 23],
  ['North West London', 437, 194, 44],
  ['Shropshire and Staffordshire', 257, 90, 35],
  ['Avon, Gloucestershire and Wiltshire', 314, 75, 24],
  ['Leicestershire, Northamptonshire and Rutland', 226, 141, 62],
];

/**
 * Practices taking up a PBC incentive payment by SHA at 31 May 2006, from a Hansard written answer
 * (6 July 2006). The rows sum to the England totals, 3,454 of 8,433 (41%); the three SHAs shown
 * with a dash (none) are 0. Confirmed; the table's metadata is in `rows` and its source fields.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { desUptakeBySha2006 } from 'practice-based-commissioning/policy';
 * desUptakeBySha2006.rows.length; //=> 28
 * desUptakeBySha2006.rows.find((row) => row.sha === 'South East London')?.percentage; //=> 79
 * ```
 */
export const desUptakeBySha2006: {
  readonly asAt: string;
  readonly source: string;
  readonly sourceUrl: string;
  readonly confidence: Confidence;
  readonly note: string;
  readonly rows: readonly DesUptakeByShaRow[];
} = deepFreeze({
  asAt: '2006-05-31',
  source: 'hansard-2006-07-06-pbc-uptake',
  sourceUrl: 'https://hansard.parliament.uk/Commons/2006-07-06/debates/06070623000122/Practice-BasedCommissioning',
  confidence: 'confirmed',
  note: 'Engagement in PBC measured by take-up of an incentive payment: the national DES or a local alternative. Somerset and Dorset, Hampshire and Isle of Wight, and Kent and Medway are shown with a dash (no practices).',
  rows: shaRows.map(([sha, practices, practicesTakingUp, percentage]) => ({ sha, practices, practicesTakingUp, percentage })),
});

/**
 * A published total of PBC incentive payments.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentiveSpendFigure } from 'practice-based-commissioning/policy';
 * declare const figure: IncentiveSpendFigure;
 * figure.amount; // pence
 * ```
 */
export interface IncentiveSpendFigure {
  readonly id: string;
  /** The amount in pence (for "almost £100 million", the £100 million it approaches). */
  readonly amount: Pence;
  /** `as-stated`: the amount as the source gives it; `almost`: the source says "almost" this amount. */
  readonly qualifier: 'as-stated' | 'almost';
  /** The financial year covered, or null for a running total. */
  readonly financialYear: string | null;
  readonly description: string;
  /** Who made the estimate, and in which publication. */
  readonly estimatedBy: string;
  /** The source the figure was read in. */
  readonly source: string;
  readonly sourceUrl: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

/**
 * The Audit Commission's estimate of PBC incentive payments to practices in 2006/07: **£98 million**,
 * about half associated with signing up to accept an indicative budget and the rest conditional on
 * developing local PBC plans (*Putting commissioning into practice*, November 2007). Confirmed via
 * the King's Fund press release of November 2008 (note 4 to editors).
 *
 * @category Incentives
 * @example
 * ```ts
 * import { auditCommissionIncentiveSpend2006 } from 'practice-based-commissioning/policy';
 * auditCommissionIncentiveSpend2006.amount; //=> 9800000000 (£98,000,000.00)
 * auditCommissionIncentiveSpend2006.confidence; //=> 'confirmed'
 * ```
 */
export const auditCommissionIncentiveSpend2006: IncentiveSpendFigure = deepFreeze({
  id: 'audit-commission-2006-07',
  amount: 9_800_000_000 as Pence,
  qualifier: 'as-stated',
  financialYear: '2006/07',
  description:
    'Incentive payments to GP practices involved in practice based commissioning in 2006/07 alone; about half associated with signing up to accept an indicative budget, the rest conditional on developing local PBC plans.',
  estimatedBy: 'Audit Commission, Putting commissioning into practice (November 2007)',
  source: 'kf-2008-press-release',
  sourceUrl: 'http://www.kingsfund.org.uk/press/press-releases/kings-fund-calls-major-overhaul-key-government-health-reform',
  confidence: 'confirmed',
  note: "Read in the King's Fund press release (a secondary source citing the Audit Commission); the report itself was not retrieved.",
});

/**
 * Published totals of PBC incentive payments: the Audit Commission's £98m for 2006/07, and the
 * King's Fund's "almost £100 million" paid to family doctors in incentive payments (November 2008).
 *
 * @category Incentives
 * @example
 * ```ts
 * import { incentiveSpendFigures } from 'practice-based-commissioning/policy';
 * incentiveSpendFigures.map((figure) => figure.id); //=> ['audit-commission-2006-07', 'kings-fund-2008-almost-100m']
 * ```
 */
export const incentiveSpendFigures: readonly IncentiveSpendFigure[] = deepFreeze([
  auditCommissionIncentiveSpend2006,
  {
    id: 'kings-fund-2008-almost-100m',
    amount: 10_000_000_000 as Pence,
    qualifier: 'almost',
    financialYear: null,
    description: 'Family doctors had been paid "almost £100 million" in incentive payments alone for practice based commissioning.',
    estimatedBy: "The King's Fund, Practice-based commissioning: reinvigorate, replace or abandon? (November 2008)",
    source: 'kf-2008-press-release',
    sourceUrl: 'http://www.kingsfund.org.uk/press/press-releases/kings-fund-calls-major-overhaul-key-government-health-reform',
    confidence: 'confirmed',
    note: 'A rounded running total ("almost"); the £98m for 2006/07 is its main part.',
  },
]);
