/**
 * The budgets area's rules as data: indicative budgets under practice based commissioning
 * (`budget.*`), freed-up resources (`fur.*`) and GP fundholding (`fundholding.*`). Each rule file
 * of `src/budgets/` takes its id, title, version and sources from here, so there is one home for
 * them; `parameters` lists every parameter id the rule reads (its in-force parameter included).
 *
 * @module
 */
import type { RuleCatalogueEntry } from '../../core/rules.js';
import { deepFreeze } from '../../core/freeze.js';

const PBC = 'budget.indicative.inForce';
const FUNDHOLDING = 'fundholding.inForce';
const SCOPE_LISTS = ['budget.scope.mandatoryLines', 'budget.scope.optionalLines', 'budget.scope.excludedUnlessIncludedLines'];

/**
 * Every budgets and fundholding rule: id, title, version, sources, the parameter that says when it
 * is in force, the parameters it reads and the outcomes its findings can have.
 *
 * @category Rules
 * @example
 * ```ts
 * import { budgetsRuleCatalogue } from 'practice-based-commissioning/policy';
 * budgetsRuleCatalogue.find((rule) => rule.id === 'fur.share')?.parameters.includes('fur.practiceShare'); //=> true
 * ```
 */
export const budgetsRuleCatalogue: readonly RuleCatalogueEntry[] = deepFreeze<RuleCatalogueEntry[]>([
  {
    id: 'budget.scope',
    title: 'Service lines in scope of an indicative budget',
    version: '1',
    sources: ['diabetesonthenet-pbc-responsibilities', 'pulse-indicative-budgets-glossary', 'hsj-2004-09-30-savings-pledge', 'pulse-2009-five-things'],
    inForce: PBC,
    parameters: [PBC, ...SCOPE_LISTS],
    outcomes: [],
  },
  {
    id: 'budget.historicActivity',
    title: 'Budget from historic activity priced at the tariff',
    version: '1',
    sources: ['napc-2005-budget-baseline', 'dh-2006-fair-shares-toolkit', 'reckon-2006-tariff-2007-08', 'hsj-2009-marginal-emergency-tariff'],
    inForce: PBC,
    parameters: [PBC, 'tariff.nonElective.marginalRate', 'tariff.nonElective.marginalRateBaselineYear'],
    outcomes: ['warning'],
  },
  {
    id: 'budget.setIndicative',
    title: 'Indicative budgets for a PCT and financial year',
    version: '1',
    sources: ['dh-2004-engaging-practices', 'napc-2005-budget-baseline', 'dh-2006-fair-shares-toolkit', 'dh-2009-budget-guidance'],
    inForce: PBC,
    parameters: [PBC, ...SCOPE_LISTS, 'budget.method.guidance', 'budget.controlTotal.contingencyShare'],
    outcomes: ['info'],
  },
  {
    id: 'budget.fairShare',
    title: 'Fair shares by weighted capitation',
    version: '1',
    sources: ['dh-2006-fair-shares-toolkit', 'pulse-is-there-fair-shares'],
    parameters: [],
    outcomes: [],
  },
  {
    id: 'budget.paceOfChange',
    title: 'Pace of change towards the fair share',
    version: '1',
    sources: ['dh-2006-fair-shares-toolkit', 'dh-2009-budget-guidance'],
    parameters: ['budget.paceOfChange.threshold', 'budget.paceOfChange.gapClosedPerYear'],
    outcomes: ['info'],
  },
  {
    id: 'budget.controlTotal',
    title: "PCT control total: practice budgets never sum above the PCT's resources",
    version: '1',
    sources: ['napc-2005-budget-baseline'],
    parameters: [],
    outcomes: ['info'],
  },
  {
    id: 'budget.monitor',
    title: 'Budget monitoring: spend to date, forecast outturn and variance',
    version: '1',
    sources: ['pulse-2007-pbc-failing', 'pulse-2009-five-things'],
    inForce: PBC,
    parameters: [PBC],
    outcomes: ['warning'],
    requirement: 'PCTs give practices regular, accurate, easily understood information on budgets and spend.',
  },
  {
    id: 'budget.monitor.forecast',
    title: 'Forecast outturn for a service line',
    version: '1',
    sources: ['pulse-2007-pbc-failing'],
    parameters: [],
    outcomes: [],
  },
  {
    id: 'budget.outcome',
    title: "A budget's outcome: budget against outturn",
    version: '1',
    sources: ['dh-faq-fur-sharing'],
    parameters: [],
    outcomes: [],
  },
  {
    id: 'budget.balancing',
    title: 'Balancing an indicative budget over the balancing window',
    version: '1',
    sources: ['dh-2004-engaging-practices', 'hsj-2004-10-07', 'dh-faq-fur-sharing'],
    inForce: PBC,
    parameters: [PBC, 'budget.overspendBalancingYears'],
    outcomes: ['breach', 'warning', 'info'],
    requirement: 'An overspend is recovered within the balancing window, or the right to a budget is at risk, subject to SHA arbitration.',
  },
  {
    id: 'fur.share',
    title: 'Freed-up resources: sharing a year-end underspend',
    version: '1',
    sources: ['dh-2004-engaging-practices', 'hansard-2006-11-06', 'diabetesonthenet-pbc-responsibilities', 'pulse-nuts-and-bolts-pbc'],
    inForce: PBC,
    parameters: [PBC, 'budget.indicative.pctCarriesOverspendRisk', 'fur.practiceShare', 'fur.pctPriorClaim.basis', 'fur.remainderCoversManagementCosts'],
    outcomes: ['warning', 'info'],
  },
  {
    id: 'fur.release',
    title: "Freed-up resources: releasing the practice's share for an approved use",
    version: '1',
    sources: ['pulse-2009-kick-starting-pbc', 'pulse-what-next-for-fur', 'dh-faq-fur-sharing'],
    parameters: ['fur.releaseRequiresApprovedBusinessCase'],
    outcomes: ['warning', 'info'],
  },
  {
    id: 'fur.use',
    title: 'Freed-up resources: what they may be spent on, and carry-over',
    version: '1',
    sources: ['pulse-gpc-keep-savings', 'lse-hpm-pbc-developments'],
    parameters: ['fur.personalIncomePermitted', 'fur.carryOver'],
    outcomes: ['warning', 'info'],
  },
  {
    id: 'fundholding.eligibility',
    title: 'GP fundholding: minimum list size',
    version: '1',
    sources: ['hansard-1991-03-13', 'uksi-1991-582', 'hansard-1993-02-23', 'bmj-1995-fundholding-extension', 'uksi-1996-706', 'hansard-1998-12-15'],
    inForce: FUNDHOLDING,
    parameters: [FUNDHOLDING, 'fundholding.minimumListSize.standard', 'fundholding.minimumListSize.community', 'fundholding.groupingAllowed'],
    outcomes: ['breach', 'info'],
    requirement: 'A practice (or, where allowed, practices together) reaches the minimum list size for fundholding.',
  },
  {
    id: 'budget.perPatientCap',
    title: 'Per-patient cap on what a budget pays for one patient in a year',
    version: '1',
    sources: ['uksi-1994-640', 'hansard-1993-03-23-high-cost'],
    parameters: [FUNDHOLDING, 'fundholding.perPatientCap', PBC, 'budget.highCostPatientThreshold'],
    outcomes: ['info'],
  },
  {
    id: 'fundholding.savings',
    title: "GP fundholding: the window for spending a year's savings",
    version: '1',
    sources: ['hansard-1993-11-03-savings', 'independent-1996-savings', 'independent-1997-fundholding-funds', 'uksi-1999-2541'],
    inForce: FUNDHOLDING,
    parameters: [FUNDHOLDING, 'fundholding.savingsSpendWindowYears', 'budget.realBudget.holderSavingsShare', 'fundholding.savingsTransferredOn'],
    outcomes: ['warning'],
  },
  {
    id: 'budget.compareRegimes',
    title: 'Indicative and real budgets compared for one practice-year',
    version: '1',
    sources: ['kingsfund-gp-commissioning-real-budgets', 'pulse-nuts-and-bolts-pbc', 'ukpga-1990-19-s15', 'pulse-2010-where-next-real-budgets'],
    inForce: PBC,
    parameters: [PBC],
    outcomes: [],
  },
  {
    id: 'budget.compareRegimes.indicative',
    title: 'The practice-year under an indicative budget',
    version: '1',
    sources: ['pulse-nuts-and-bolts-pbc', 'dh-2004-engaging-practices', 'hansard-2006-11-06', 'diabetesonthenet-pbc-responsibilities'],
    parameters: ['budget.indicative.pctCarriesOverspendRisk', 'fur.practiceShare'],
    outcomes: ['info'],
  },
  {
    id: 'budget.compareRegimes.real',
    title: 'The practice-year under a real budget for the chosen lines',
    version: '1',
    sources: ['ukpga-1990-19-s15', 'hansard-1993-11-03-savings', 'kingsfund-gp-commissioning-real-budgets', 'pulse-2010-where-next-real-budgets'],
    parameters: ['budget.realBudget.holderSavingsShare', 'budget.realBudget.holderBearsOverspend', 'budget.indicative.pctCarriesOverspendRisk'],
    outcomes: ['warning'],
  },
  {
    id: 'budget.group.rollUp',
    title: "A group's budget: its member practices' budgets rolled up",
    version: '1',
    sources: ['pulse-2009-five-things', 'dh-2004-engaging-practices'],
    inForce: PBC,
    parameters: [PBC],
    outcomes: [],
  },
  {
    id: 'budget.group.apportion',
    title: "A group's figures apportioned to its member practices",
    version: '1',
    sources: ['pulse-2009-five-things', 'bma-tpbc-des-c2'],
    parameters: [],
    outcomes: [],
  },
  {
    id: 'budget.managementAllowance',
    title: "A PBC group's management allowance for the year, beside its budget and freed-up resources",
    version: '1',
    sources: ['pulse-2008-darzi-special', 'pulse-2010-12-management-allowance', 'hsj-2005-02-north-bradford', 'experts123-central-management-costs'],
    inForce: 'budget.indicative.inForce',
    parameters: ['budget.indicative.inForce', 'budget.managementAllowance.expected', 'budget.managementAllowance.perHead'],
    outcomes: ['info', 'warning'],
  },
  {
    id: 'budget.earnedAutonomy',
    title: "Earned autonomy: the freedoms a PBC group has earned, on what evidence",
    version: '1',
    sources: ['pulse-2008-darzi-special'],
    inForce: 'budget.earnedAutonomy.inForce',
    parameters: ['budget.earnedAutonomy.inForce', 'budget.earnedAutonomy.freedoms', 'budget.earnedAutonomy.criteria'],
    outcomes: ['info', 'unknown'],
  },
  {
    id: 'budget.tariffPricing',
    title: "Historic activity priced from the caller's tariff tables: the pricing year, HRG currency and market forces factor",
    version: '1',
    sources: ['napc-2005-budget-baseline', 'dh-2006-fair-shares-toolkit', 'taylorfrancis-2008-pbc-budget', 'hansard-2009-01-12-hrg4', 'hsj-2008-hrg4-tariff-delayed', 'pulse-what-next-for-fur', 'thehealthwell-pbr'],
    inForce: 'budget.indicative.inForce',
    parameters: ['budget.indicative.inForce', 'tariff.pricingYear', 'tariff.mff.inPbcBudgets', 'tariff.currency', 'tariff.nonElective.marginalRate', 'tariff.nonElective.marginalRateBaselineYear'],
    outcomes: ['info', 'warning'],
  },
]);
