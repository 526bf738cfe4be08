/**
 * What the budgets area publishes under `practice-based-commissioning/policy`: the catalogue of
 * service lines a PBC budget (or a fundholder's allotted sum) is divided into. Re-exported by
 * `src/policy/index.ts`.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';

/**
 * The eleven service lines a budget is divided into (money fact sheet §7.1), in the order the
 * library reports them. Which lines are mandatory, optional or excluded on a date is policy, not
 * this list: see the parameters `budget.scope.mandatoryLines`, `budget.scope.optionalLines` and
 * `budget.scope.excludedUnlessIncludedLines`.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { SERVICE_LINE_IDS } from 'practice-based-commissioning/policy';
 * SERVICE_LINE_IDS.length; //=> 11
 * SERVICE_LINE_IDS[0];     //=> 'ELECTIVE_INPATIENT'
 * ```
 */
export const SERVICE_LINE_IDS = Object.freeze([
  'ELECTIVE_INPATIENT',
  'DAY_CASE',
  'NON_ELECTIVE',
  'OUTPATIENT',
  'A_AND_E',
  'PRESCRIBING',
  'COMMUNITY_SERVICES',
  'MENTAL_HEALTH',
  'DIAGNOSTICS',
  'TERTIARY_SPECIALISED',
  'OTHER',
] as const);

/**
 * One row of {@link serviceLineCatalogue}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ServiceLineCatalogueEntry } from 'practice-based-commissioning/policy';
 * const row: ServiceLineCatalogueEntry = {
 *   serviceLine: 'PRESCRIBING', label: 'Prescribing', pricedByNationalTariff: false,
 *   description: 'Primary care prescribing, set from the prescribing formulae plus an uplift.', sources: ['dh-2006-fair-shares-toolkit'],
 * };
 * ```
 */
export interface ServiceLineCatalogueEntry {
  /** The service line's identifier (upper snake case, as the fact sheet gives it). */
  readonly serviceLine: (typeof SERVICE_LINE_IDS)[number];
  /** A plain-English label for tables. */
  readonly label: string;
  /**
   * Whether the line's activity is priced at the national Payment by Results tariff; `null` where
   * the library's sources do not say.
   */
  readonly pricedByNationalTariff: boolean | null;
  /** What the line covers. */
  readonly description: string;
  /** Source ids (see `baselinePolicy.sources`). */
  readonly sources: readonly string[];
}

/**
 * The service lines with labels, whether the national tariff prices them and what they cover: a
 * flat reference table (one row per line) for tables and charts. Frozen.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { serviceLineCatalogue } from 'practice-based-commissioning/policy';
 * serviceLineCatalogue.filter((row) => row.pricedByNationalTariff === true).map((row) => row.serviceLine);
 * //=> ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT']
 * ```
 */
export const serviceLineCatalogue: readonly ServiceLineCatalogueEntry[] = deepFreeze([
  {
    serviceLine: 'ELECTIVE_INPATIENT',
    label: 'Elective inpatient',
    pricedByNationalTariff: true,
    description: 'Planned admissions with an overnight stay, priced per spell (HRG) at the national tariff.',
    sources: ['pulse-indicative-budgets-glossary', 'napc-2005-budget-baseline'],
  },
  {
    serviceLine: 'DAY_CASE',
    label: 'Day case',
    pricedByNationalTariff: true,
    description: 'Planned admissions discharged the same day, priced per spell (HRG) at the national tariff.',
    sources: ['pulse-indicative-budgets-glossary', 'napc-2005-budget-baseline'],
  },
  {
    serviceLine: 'NON_ELECTIVE',
    label: 'Non-elective (emergency) admissions',
    pricedByNationalTariff: true,
    description: 'Emergency admissions at the national tariff; in some years activity above a baseline was paid at a reduced marginal rate.',
    sources: ['pulse-indicative-budgets-glossary', 'reckon-2006-tariff-2007-08', 'hsj-2009-marginal-emergency-tariff'],
  },
  {
    serviceLine: 'OUTPATIENT',
    label: 'Outpatient',
    pricedByNationalTariff: true,
    description: 'First and follow-up outpatient attendances at the national tariff.',
    sources: ['pulse-indicative-budgets-glossary'],
  },
  {
    serviceLine: 'A_AND_E',
    label: 'Accident and emergency',
    pricedByNationalTariff: null,
    description: 'A&E attendances. An optional PBC line in the guidance; whether it counted among the tariff lines of the mandatory core is not settled by the sources.',
    sources: ['diabetesonthenet-pbc-responsibilities'],
  },
  {
    serviceLine: 'PRESCRIBING',
    label: 'Prescribing',
    pricedByNationalTariff: false,
    description: 'Primary care prescribing, set from the prescribing formulae plus an uplift. Part of the mandatory core.',
    sources: ['dh-2006-fair-shares-toolkit', 'diabetesonthenet-pbc-responsibilities'],
  },
  {
    serviceLine: 'COMMUNITY_SERVICES',
    label: 'Community services',
    pricedByNationalTariff: false,
    description: 'Community nursing and other community health services. Optional.',
    sources: ['diabetesonthenet-pbc-responsibilities', 'healthcare-today-2007-pbc'],
  },
  {
    serviceLine: 'MENTAL_HEALTH',
    label: 'Mental health',
    pricedByNationalTariff: false,
    description: 'Mental health services. Optional.',
    sources: ['diabetesonthenet-pbc-responsibilities', 'healthcare-today-2007-pbc'],
  },
  {
    serviceLine: 'DIAGNOSTICS',
    label: 'Diagnostics',
    pricedByNationalTariff: null,
    description: 'Direct-access diagnostic tests. Optional.',
    sources: ['diabetesonthenet-pbc-responsibilities'],
  },
  {
    serviceLine: 'TERTIARY_SPECIALISED',
    label: 'Specialised (tertiary) services',
    pricedByNationalTariff: null,
    description: 'Specialised commissioning: excluded from PBC budgets unless the PCT and practice include it.',
    sources: ['hsj-2004-09-30-savings-pledge', 'pulse-2009-five-things'],
  },
  {
    serviceLine: 'OTHER',
    label: 'Other',
    pricedByNationalTariff: null,
    description: 'Anything else the PCT devolves (for example non-tariff contracts). Optional.',
    sources: ['pulse-2009-five-things'],
  },
]);
