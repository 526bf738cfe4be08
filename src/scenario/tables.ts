/**
 * The tidy tables `evaluateArea` returns: arrays of flat, JSON-serialisable records, one table per
 * topic, ready for a notebook or a spreadsheet. Every record names its SHA, PCT and (where it has
 * one) practice, and carries the key of its explanation.
 *
 * @module
 */
import type { ExplanationTable } from './explanation-table.js';
import type { Finding, FindingOutcome } from '../core/finding.js';
import type { Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { ServiceLine } from '../budgets/model.js';
import type { FreedUpResources } from '../budgets/freed-up-resources.js';
import type { ManagementAllowance } from '../budgets/management-allowance.js';
import type { WccRag } from '../policy/frameworks/wcc2008-world-class-commissioning.js';
import type { IncentivePaymentRecord } from '../incentives/incentive-payment-schedule.js';
import type { ConflictsFindingsRow } from '../conflicts/findings.js';

/**
 * One row of the budgets table: a practice's indicative budget for one service line, as
 * `setIndicativeBudget` set it for its PCT, and whether the policy holds the line as a real budget.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioBudgetRow } from 'practice-based-commissioning';
 * declare const row: ScenarioBudgetRow;
 * row.explanationKey; //=> 'budgets:5ZZ' (the PCT's budget setting), for a practice of 5ZZ
 * ```
 */
export interface ScenarioBudgetRow {
  /** The key of the explanation in `explanations`: `budgets:<PCT code>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  readonly practiceCode: string;
  readonly serviceLine: ServiceLine;
  /** `real` when the policy devolves the line (`budget.realBudget.lines`), otherwise `indicative`. */
  readonly regime: 'indicative' | 'real';
  /** Historic activity at the tariff, or `null` when the practice has no historic data. */
  readonly historic: Pence | null;
  /** The fair share, or `null` when the method did not need one. */
  readonly fairShare: Pence | null;
  /** The budget before the PCT's control total. */
  readonly beforeControlTotal: Pence;
  readonly budget: Pence;
}

/**
 * One row of the monitoring table: a practice's budget, spend and forecast for one service line (or
 * `TOTAL`) as of the reporting month, as `monitorBudget` gives them. Variances are `budget − spend`:
 * positive is an underspend.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioMonitoringRow } from 'practice-based-commissioning';
 * declare const row: ScenarioMonitoringRow;
 * row.forecastVariance === row.budget - row.forecastOutturn; //=> true
 * ```
 */
export interface ScenarioMonitoringRow {
  /** `monitoring:<practice code>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  readonly practiceCode: string;
  readonly serviceLine: ServiceLine | 'TOTAL';
  /** The last month reported, 1 (April) to 12 (March). */
  readonly throughMonth: number;
  readonly budget: Pence;
  readonly budgetToDate: Pence;
  readonly spendToDate: Pence;
  readonly varianceToDate: Pence;
  readonly forecastOutturn: Pence;
  readonly forecastVariance: Pence;
  readonly projectedOverspend: boolean;
}

/**
 * One row of the year-end table: how a practice's year settles. The indicative lines go through
 * `freedUpResources` (the practice's share of an underspend, the PCT's prior claim and share, what is
 * released, who carries an overspend); the lines the policy holds as a real budget through the real
 * regime of `compareBudgetRegimes` (the holder keeps its savings and bears its overspend). `null`
 * freed-up-resources fields mean the practice has no indicative line.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioYearEndRow } from 'practice-based-commissioning';
 * declare const row: ScenarioYearEndRow;
 * row.practiceKeeps === row.furPracticeShare + row.realHolderKeeps; //=> true
 * ```
 */
export interface ScenarioYearEndRow {
  /** `yearEnd:<practice code>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  readonly practiceCode: string;
  /** The practice's group, or `null`. */
  readonly groupId: string | null;
  /** `outturn` when all twelve months are reported, otherwise `forecast`. */
  readonly basis: 'outturn' | 'forecast';
  readonly budget: Pence;
  readonly outturn: Pence;
  /** `budget − outturn`. */
  readonly variance: Pence;
  /** The budget and outturn of the indicative lines. */
  readonly indicativeBudget: Pence;
  readonly indicativeOutturn: Pence;
  readonly offsetAgainstEarlierOverspends: Pence;
  readonly pctPriorClaim: Pence;
  /** `fur.practiceShare` in force, or `null` when no line is indicative. */
  readonly practiceShareRatio: string | null;
  /** The practice's freed-up resources. */
  readonly furPracticeShare: Pence;
  readonly furPctShare: Pence;
  readonly managementCostsCharged: Pence;
  /** The part of the practice's share released for use. */
  readonly furReleased: Pence;
  readonly releaseStatus: FreedUpResources['releaseStatus'] | null;
  /** Who carries the indicative overspend, or `null` when there is none. */
  readonly overspendBorneBy: FreedUpResources['overspendBorneBy'];
  readonly rightToBudget: FreedUpResources['rightToBudget'] | null;
  /** The budget and outturn of the lines held as a real budget. */
  readonly realBudget: Pence;
  readonly realOutturn: Pence;
  /** What the holder keeps of a real-budget underspend. */
  readonly realHolderKeeps: Pence;
  readonly realPctKeeps: Pence;
  /** Real-budget overspend the holder bears. */
  readonly realHolderBears: Pence;
  readonly realPctBears: Pence;
  /** `furPracticeShare + realHolderKeeps`: what the practice keeps of the year's savings. */
  readonly practiceKeeps: Pence;
  /** Overspend the practice bears (real lines, or indicative when the PCT does not carry the risk). */
  readonly practiceBears: Pence;
  /** Overspend the PCT bears. */
  readonly pctBears: Pence;
}

/**
 * One row of the incentives table: an incentive payment item (a DES component or a local-scheme
 * instalment) for a practice, as `incentivePaymentSchedule` lists it, with the practice's PCT and SHA.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioIncentiveRow } from 'practice-based-commissioning';
 * declare const row: ScenarioIncentiveRow;
 * row.status === 'due' || row.amount === 0; //=> true
 * ```
 */
export interface ScenarioIncentiveRow extends IncentivePaymentRecord {
  /** `incentives:<practice code>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
}

/**
 * One row of the conflicts table: a finding of `checkConflictsOfInterest` on a business case (one per
 * rule and subject, as `conflictsFindingsTable` gives it), with the deciding PCT and the proposing practice when the proposer is one.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioConflictsRow } from 'practice-based-commissioning';
 * declare const row: ScenarioConflictsRow;
 * row.outcome; //=> 'compliant', 'pending', 'warning', 'breach' or 'not_applicable'
 * ```
 */
export interface ScenarioConflictsRow extends ConflictsFindingsRow {
  /** `conflicts:<case id>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  /** The proposer's practice code when the proposer is a practice of the area, otherwise `null`. */
  readonly proposerPracticeCode: string | null;
}

/**
 * One row of the readiness table: a PCT assessed against one framework by `assessReadiness`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioReadinessRow } from 'practice-based-commissioning';
 * declare const row: ScenarioReadinessRow;
 * row.rating; //=> 'some_in_place', for example
 * ```
 */
export interface ScenarioReadinessRow {
  /** `readiness:<PCT code>/<framework>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  /** The framework's key: AC2006, AC2007, KF2008, DH2006 or DH2009. */
  readonly framework: string;
  readonly frameworkId: string;
  readonly rating: string;
  readonly ratingLabel: string;
  readonly ready: boolean;
  /** The score, an exact decimal string, and its maximum. */
  readonly score: string;
  readonly maximum: string;
  readonly metCount: number;
  readonly factorCount: number;
  /** How many scored factors are not in place. */
  readonly gaps: number;
  /** How many scored factors have no evidence. */
  readonly missingEvidence: number;
  /** The best rating the missing evidence could give. */
  readonly ratingIfAllUnknownMet: string;
}

/**
 * One row of the WCC table: a PCT's world class commissioning assurance (2008/09–2009/10) as
 * `wccRatingForPct` rates it, for a PCT that gives `wcc` evidence in a year WCC applies. A PCT with
 * no evidence, or an area outside 2008/09–2009/10, has no row.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioWccRow } from 'practice-based-commissioning';
 * declare const row: ScenarioWccRow;
 * row.explanationKey; //=> 'wcc:5ZZ', for PCT 5ZZ
 * row.pbcLinkOutcome; //=> 'warning' when competency 4 is below the concern level, for example
 * ```
 */
export interface ScenarioWccRow {
  /** `wcc:<PCT code>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  /** The assurance year: `2008/09` or `2009/10`. */
  readonly assuranceYear: string;
  /** `panel`, `self-assessment`, or `null` when the evidence does not say. */
  readonly basis: string | null;
  /** The governance rating's id (`green_in_all_three`, `no_red`, `some_red`, `red_in_all_three`) and label. */
  readonly rating: string;
  readonly ratingLabel: string;
  /** Green in all three governance areas. */
  readonly ready: boolean;
  /** The governance traffic lights (`green`, `amber`, `red`), each `null` when the evidence does not give it. */
  readonly strategy: WccRag | null;
  readonly finance: WccRag | null;
  readonly board: WccRag | null;
  /** The mean of the known competency levels, two decimal places, or `null` when none is known. */
  readonly meanLevel: string | null;
  /** Competencies at the world-class level (4), and how many have a known level. */
  readonly worldClassCount: number;
  readonly knownCount: number;
  /** Competencies below world class and governance areas not green. */
  readonly gaps: number;
  readonly missingEvidence: number;
  /** Competency 4 ("collaborate with clinicians", the link to PBC): its level, or `null` when unknown. */
  readonly pbcLinkLevel: number | null;
  /** The outcome of the `wcc.pbcLink` finding: `warning` (a concern), `info` (no concern) or `unknown`. */
  readonly pbcLinkOutcome: string;
}

/**
 * One row of the practices table: a practice's year in one line — its list, budget, outturn, what it
 * keeps and bears, and the incentives due to it.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioPracticeRow } from 'practice-based-commissioning';
 * declare const row: ScenarioPracticeRow;
 * row.variance === row.budget - row.outturn; //=> true
 * ```
 */
export interface ScenarioPracticeRow {
  /** `yearEnd:<practice code>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  readonly practiceCode: string;
  readonly groupId: string | null;
  readonly listSize: number;
  readonly weightedList: number;
  readonly budget: Pence;
  readonly outturn: Pence;
  readonly variance: Pence;
  readonly practiceKeeps: Pence;
  readonly practiceBears: Pence;
  readonly pctBears: Pence;
  readonly furReleased: Pence;
  /** Incentive payments due to the practice (all items with status `due`). */
  readonly incentivesDue: Pence;
}

/**
 * One row of the groups table: a group (cluster) of practices, its budget rolled up by
 * `rollUpGroupBudget`, its members' year summed, and beside them its management allowance for the
 * year as `managementAllowance` gives it (the PCT's own figure, `managementAllowance` of the PCT in
 * the area; otherwise, in a year DH expected one, the unconfirmed default per head; otherwise none).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioGroupRow } from 'practice-based-commissioning';
 * declare const row: ScenarioGroupRow;
 * row.memberCount >= 1; //=> true
 * ```
 */
export interface ScenarioGroupRow {
  /** `groups:<group id>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  readonly groupId: string;
  readonly name: string | null;
  readonly memberCount: number;
  readonly listSize: number;
  readonly budget: Pence;
  readonly outturn: Pence;
  readonly variance: Pence;
  readonly practiceKeeps: Pence;
  readonly practiceBears: Pence;
  readonly incentivesDue: Pence;
  /** The members' freed-up resources: the sum of their shares (`furPracticeShare`). */
  readonly freedUpResources: Pence;
  /** The group's management allowance for the year, or `null` when there is none (see `managementAllowanceBasis`). */
  readonly managementAllowance: Pence | null;
  /** Where the allowance came from: the PCT's own figure per head or per group, the national default per head, or none. */
  readonly managementAllowanceBasis: ManagementAllowance['basis'];
}

/**
 * One row of the PCTs table: a PCT's year summed over its practices, with its control total, its
 * business cases' findings and its readiness.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioPctRow } from 'practice-based-commissioning';
 * declare const row: ScenarioPctRow;
 * row.budget <= row.controlTotal; //=> true
 * ```
 */
export interface ScenarioPctRow {
  /** `budgets:<PCT code>`. */
  readonly explanationKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  readonly practices: number;
  readonly listSize: number;
  /** The resources available for practice budgets (after any contingency), summed over the lines. */
  readonly controlTotal: Pence;
  readonly budget: Pence;
  readonly outturn: Pence;
  readonly variance: Pence;
  readonly practiceKeeps: Pence;
  readonly practiceBears: Pence;
  readonly pctBears: Pence;
  readonly incentivesDue: Pence;
  readonly businessCases: number;
  readonly conflictsBreaches: number;
  readonly conflictsWarnings: number;
  /** How many of the PCT's readiness assessments rate it ready. */
  readonly readinessReady: number;
  readonly readinessAssessments: number;
  /** Competencies rated world class in the PCT's WCC assurance, or `null` when it has no WCC row. */
  readonly wccWorldClassCount: number | null;
  /** How many of the PCT's `findings` are breaches, and how many warnings. */
  readonly findingsBreaches: number;
  readonly findingsWarnings: number;
  /** The most serious outcome among the PCT's findings (as `worstOutcome`), or `null` when it has none. */
  readonly worstOutcome: FindingOutcome | null;
}

/**
 * One finding of a whole-area evaluation: the core {@link Finding} of the rule that made it, placed
 * in the area. `subject` is what in the area it is about — a `practice` (budget monitoring, the year
 * end), a `pct` (budget setting, readiness, WCC), a `case` (conflicts of interest), a `group` (its
 * management allowance); a finding the
 * rule made about something within it (a panel member, a readiness factor, a competency) keeps that
 * subject in `details.subject`, and a rule's finding about a practice keeps the practice as subject.
 * `explanationKey` is the key of the row (and explanation) it came from, or `null` when there is no
 * row (a WCC rating that does not apply). `path` is left out: it named a field of the rule's own
 * input, not of the area.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioFinding } from 'practice-based-commissioning';
 * declare const finding: ScenarioFinding;
 * finding.outcome === 'breach' ? `${finding.subject.kind} ${finding.subject.id}: ${finding.message} (${finding.rule})` : '';
 * ```
 */
export interface ScenarioFinding extends Omit<Finding, 'subject' | 'path'> {
  readonly subject: { readonly kind: 'practice' | 'pct' | 'case' | 'group'; readonly id: string };
  readonly shaCode: string;
  readonly pctCode: string;
  readonly explanationKey: string | null;
}

/**
 * The area's totals.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioTotals } from 'practice-based-commissioning';
 * declare const totals: ScenarioTotals;
 * totals.variance === totals.budget - totals.outturn; //=> true
 * ```
 */
export interface ScenarioTotals {
  readonly shas: number;
  readonly pcts: number;
  readonly practices: number;
  readonly groups: number;
  readonly listSize: number;
  readonly budget: Pence;
  readonly indicativeBudget: Pence;
  readonly realBudget: Pence;
  readonly outturn: Pence;
  readonly variance: Pence;
  readonly furPracticeShare: Pence;
  readonly furPctShare: Pence;
  readonly furReleased: Pence;
  readonly pctPriorClaim: Pence;
  readonly realHolderKeeps: Pence;
  readonly realHolderBears: Pence;
  readonly practiceKeeps: Pence;
  readonly practiceBears: Pence;
  readonly pctBears: Pence;
  readonly incentivesDue: Pence;
  readonly businessCases: number;
  readonly conflictsBreaches: number;
  readonly conflictsWarnings: number;
  readonly readinessAssessments: number;
  readonly readinessReady: number;
}

/**
 * The result of `evaluateArea`: the year as of a date under a policy, as tidy tables, totals, and —
 * unless turned off — the explanation of every record, keyed by the record's `explanationKey`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { explanationOf, type ScenarioAreaEvaluation } from 'practice-based-commissioning';
 * declare const result: ScenarioAreaEvaluation;
 * const row = result.yearEnd[0];
 * row === undefined || result.explanations === null ? undefined : explanationOf(result, row.explanationKey).rule; //=> 'scenario.yearEnd'
 * ```
 */
export interface ScenarioAreaEvaluation {
  /** The area's id, or `null`. */
  readonly areaId: string | null;
  readonly financialYear: string;
  readonly asOf: string;
  /** The id of the policy applied, and the reforms it carries. */
  readonly policyId: string;
  readonly reforms: Policy['reforms'];
  /** The last month whose spend is reported; 12 when the year is complete. */
  readonly throughMonth: number;
  /** Whether all twelve months are reported (year-end figures rest on the outturn). */
  readonly final: boolean;
  /** The lines the policy holds as a real budget this year. */
  readonly realBudgetLines: readonly ServiceLine[];
  readonly budgets: readonly ScenarioBudgetRow[];
  readonly monitoring: readonly ScenarioMonitoringRow[];
  readonly yearEnd: readonly ScenarioYearEndRow[];
  readonly incentives: readonly ScenarioIncentiveRow[];
  readonly conflicts: readonly ScenarioConflictsRow[];
  readonly readiness: readonly ScenarioReadinessRow[];
  /** World class commissioning ratings, one row per PCT with evidence in 2008/09–2009/10. */
  readonly wcc: readonly ScenarioWccRow[];
  readonly practices: readonly ScenarioPracticeRow[];
  readonly groups: readonly ScenarioGroupRow[];
  readonly pcts: readonly ScenarioPctRow[];
  /**
   * Every finding of the rules the evaluation ran (budget setting, monitoring, freed-up resources,
   * conflicts of interest, readiness, WCC, groups' management allowances), PCT by PCT in area order; see {@link ScenarioFinding}.
   * Incentive payments are reported in the incentives table, not here.
   */
  readonly findings: readonly ScenarioFinding[];
  readonly totals: ScenarioTotals;
  /**
   * Every record's explanation, in one table keyed by the records' `explanationKey`s (each rule and
   * parameter reading stored once); read a record's tree with `explanationOf(result, key)`. `null`
   * when explanations are off (`explainFigure` explains a record on demand).
   */
  readonly explanations: ExplanationTable | null;
}
