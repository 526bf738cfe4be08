/**
 * The budgets area's core types, each a zod schema with its inferred type: service lines, budget
 * kinds, budget holders (a practice or a group), scopes, budget lines and budgets, and the findings
 * the rules report. Money fact sheet §7.1.
 *
 * @module
 */
import { z } from 'zod';
import { FinancialYearSchema } from '../core/calendar.js';
import { PracticeCodeSchema } from '../core/identifiers.js';
import { PenceSchema } from '../core/money.js';
import { SERVICE_LINE_IDS } from '../policy/catalogues/service-lines.js';
import { issue, repeatedAt } from '../core/validation.js';
import type { Finding } from '../core/finding.js';

/**
 * The zod schema for a service line: one of the eleven lines a budget is divided into (money fact
 * sheet §7.1), written in upper snake case as the fact sheet gives them.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { ServiceLineSchema } from 'practice-based-commissioning/schemas';
 * ServiceLineSchema.options.length;                //=> 11
 * ServiceLineSchema.safeParse('PRESCRIBING').success; //=> true
 * ServiceLineSchema.safeParse('prescribing').success; //=> false
 * ```
 */
export const ServiceLineSchema = z.enum(SERVICE_LINE_IDS).meta({
  description:
    'A budget service line: ELECTIVE_INPATIENT, DAY_CASE, NON_ELECTIVE, OUTPATIENT, A_AND_E, PRESCRIBING, COMMUNITY_SERVICES, MENTAL_HEALTH, DIAGNOSTICS, TERTIARY_SPECIALISED or OTHER.',
});

/**
 * A budget service line. See {@link ServiceLineSchema}; labels and descriptions are in
 * `serviceLineCatalogue` (from `practice-based-commissioning/policy`).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ServiceLine } from 'practice-based-commissioning';
 * const line: ServiceLine = 'NON_ELECTIVE';
 * ```
 */
export type ServiceLine = z.infer<typeof ServiceLineSchema>;

/**
 * The zod schema for a budget's kind: `indicative` (PBC: the PCT holds the cash and carries the
 * risk) or `real` (the money is devolved to the holder, as a fundholder's allotted sum).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetKindSchema } from 'practice-based-commissioning/schemas';
 * BudgetKindSchema.options; //=> ['indicative', 'real']
 * ```
 */
export const BudgetKindSchema = z.enum(['indicative', 'real']).meta({
  description: 'indicative: the PCT holds the cash and carries the risk (PBC); real: the money is devolved to the holder (GP fundholding).',
});

/**
 * A budget's kind. See {@link BudgetKindSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetKind } from 'practice-based-commissioning';
 * const kind: BudgetKind = 'indicative';
 * ```
 */
export type BudgetKind = z.infer<typeof BudgetKindSchema>;

/**
 * The zod schema for a budget-setting method: historic activity priced at the year's tariff, the
 * fair share (weighted capitation), or `blended` — historic activity moving towards the fair share
 * under the pace-of-change rule (2007/08 onwards).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetMethodSchema } from 'practice-based-commissioning/schemas';
 * BudgetMethodSchema.options; //=> ['historicActivityAtTariff', 'weightedCapitation', 'blended']
 * ```
 */
export const BudgetMethodSchema = z.enum(['historicActivityAtTariff', 'weightedCapitation', 'blended']).meta({
  description: 'historicActivityAtTariff, weightedCapitation (fair share), or blended (historic moving towards fair share by the pace-of-change rule).',
});

/**
 * A budget-setting method. See {@link BudgetMethodSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetMethod } from 'practice-based-commissioning';
 * const method: BudgetMethod = 'blended';
 * ```
 */
export type BudgetMethod = z.infer<typeof BudgetMethodSchema>;

/**
 * The zod schema for an amount of money that may not be negative (a budget, a spend, a price).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetAmountSchema } from 'practice-based-commissioning/schemas';
 * BudgetAmountSchema.safeParse(0).success;  //=> true
 * BudgetAmountSchema.safeParse(-1).success; //=> false
 * ```
 */
export const BudgetAmountSchema = PenceSchema.refine((amount) => amount >= 0, { message: 'must not be negative' }).meta({
  description: 'An amount of money in whole pence, zero or more.',
});

const PracticeHolderSchema = z
  .object({
    kind: z.literal('practice'),
    practiceCode: PracticeCodeSchema,
  })
  .strict();

const GroupHolderSchema = z
  .object({
    kind: z.literal('group'),
    groupId: z.string().min(1).meta({ description: "The group's (cluster's, consortium's) own identifier." }),
    name: z.string().min(1).optional(),
    memberPracticeCodes: z.array(PracticeCodeSchema).meta({ description: 'The member practices: at least one, none twice.' }),
  })
  .strict()
  .superRefine((group, context) => {
    if (group.memberPracticeCodes.length === 0) {
      context.addIssue(issue(['memberPracticeCodes'], 'a group needs at least one member practice', 'budget.group.hasMembers'));
    }
    for (const index of repeatedAt(group.memberPracticeCodes)) {
      context.addIssue(issue(['memberPracticeCodes', index], `practice ${group.memberPracticeCodes[index]!} is listed twice`, 'budget.group.uniqueMembers'));
    }
  });

/**
 * The zod schema for a budget holder: a practice (`{ kind: 'practice', practiceCode }`) or a group of
 * member practices (`{ kind: 'group', groupId, memberPracticeCodes }`). Groups (clusters,
 * consortia) are first-class holders; incentives are still paid per practice. A group with no
 * members or a duplicated member fails with rule `budget.group.hasMembers` /
 * `budget.group.uniqueMembers`.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetHolderSchema } from 'practice-based-commissioning/schemas';
 * BudgetHolderSchema.safeParse({ kind: 'practice', practiceCode: 'A81001' }).success; //=> true
 * BudgetHolderSchema.safeParse({ kind: 'group', groupId: 'north', memberPracticeCodes: [] }).success; //=> false
 * ```
 */
export const BudgetHolderSchema = z.discriminatedUnion('kind', [PracticeHolderSchema, GroupHolderSchema]).meta({
  description: 'Who holds a budget: one practice, or a group of member practices.',
});

/**
 * A budget holder. See {@link BudgetHolderSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetHolder } from 'practice-based-commissioning';
 * const cluster = { kind: 'group', groupId: 'north', memberPracticeCodes: ['A81001', 'A81002'] } as BudgetHolder;
 * ```
 */
export type BudgetHolder = z.infer<typeof BudgetHolderSchema>;

/**
 * The zod schema for a budget's scope: the service lines it covers, none twice. Whether a scope is
 * allowed is checked against the policy on the year's first day (see {@link budgets!resolveBudgetScope}).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetScopeSchema } from 'practice-based-commissioning/schemas';
 * BudgetScopeSchema.safeParse({ lines: ['ELECTIVE_INPATIENT', 'PRESCRIBING'] }).success; //=> true
 * ```
 */
export const BudgetScopeSchema = z
  .object({
    lines: z.array(ServiceLineSchema).min(1).meta({ description: 'The service lines in scope.' }),
  })
  .strict()
  .superRefine((scope, context) => {
    scope.lines.forEach((line, index) => {
      if (scope.lines.indexOf(line) !== index) context.addIssue(issue(['lines', index], `${line} is listed twice`, 'budget.scope.uniqueLines'));
    });
  });

/**
 * A budget's scope. See {@link BudgetScopeSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetScope } from 'practice-based-commissioning';
 * const core: BudgetScope = { lines: ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING'] };
 * ```
 */
export type BudgetScope = z.infer<typeof BudgetScopeSchema>;

/**
 * The zod schema for one line of a budget: a service line and an amount (zero or more).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetLineSchema } from 'practice-based-commissioning/schemas';
 * BudgetLineSchema.parse({ serviceLine: 'PRESCRIBING', amount: 12_000_000 });
 * ```
 */
export const BudgetLineSchema = z
  .object({
    serviceLine: ServiceLineSchema,
    amount: BudgetAmountSchema,
  })
  .strict();

/**
 * One line of a budget. See {@link BudgetLineSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { type BudgetLine } from 'practice-based-commissioning';
 * import { pence } from 'practice-based-commissioning/core';
 * const line: BudgetLine = { serviceLine: 'PRESCRIBING', amount: pence(12_000_000) };
 * ```
 */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/**
 * The zod schema for a budget: who holds it, for which financial year, of which kind, and an amount
 * per service line (its lines are its scope; none twice). {@link budgets!setIndicativeBudget} produces these
 * and {@link budgets!monitorBudget} and {@link budgets!rollUpGroupBudget} take them.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetSchema } from 'practice-based-commissioning/schemas';
 * BudgetSchema.safeParse({
 *   holder: { kind: 'practice', practiceCode: 'A81001' }, financialYear: '2007/08', kind: 'indicative',
 *   lines: [{ serviceLine: 'PRESCRIBING', amount: 12_000_000 }],
 * }).success; //=> true
 * ```
 */
export const BudgetSchema = z
  .object({
    holder: BudgetHolderSchema,
    financialYear: FinancialYearSchema,
    kind: BudgetKindSchema,
    lines: z.array(BudgetLineSchema).min(1).meta({ description: 'One amount per service line in scope, none twice.' }),
  })
  .strict()
  .superRefine((budget, context) => {
    const seen = budget.lines.map((line) => line.serviceLine);
    seen.forEach((line, index) => {
      if (seen.indexOf(line) !== index) context.addIssue(issue(['lines', index, 'serviceLine'], `${line} appears twice`, 'budget.lines.unique'));
    });
  });

/**
 * A budget. See {@link BudgetSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { Budget } from 'practice-based-commissioning';
 * declare const budget: Budget;
 * budget.lines.map((line) => line.serviceLine);
 * ```
 */
export type Budget = z.infer<typeof BudgetSchema>;

/**
 * Every code a budgets finding can carry, with its meaning. Codes are stable: callers may branch on
 * them.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetFindingCodes } from 'practice-based-commissioning';
 * BudgetFindingCodes.FUR_PERSONAL_INCOME; //=> 'a proposed use of freed-up resources is personal income, which the DH position does not allow (disputed by the GPC)'
 * ```
 */
export const BudgetFindingCodes = Object.freeze({
  METHOD_DIFFERS_FROM_GUIDANCE: "the budget-setting method chosen differs from the one the year's national guidance describes",
  NO_HISTORIC_DATA_FAIR_SHARE_USED: 'a practice had no historic activity, so its fair share was used (weighted capitation only where no historic data exist)',
  MOVED_TOWARDS_FAIR_SHARE: 'a practice further from its fair share than the pace-of-change threshold moved towards it',
  WITHIN_PACE_OF_CHANGE_THRESHOLD: 'a practice within the pace-of-change threshold kept its historic budget',
  SCALED_TO_CONTROL_TOTAL: "the practices' budgets for a line summed above the PCT's resources and were scaled down to them exactly",
  CONTINGENCY_HELD_BACK: "part of the PCT's resources for a line was held back as a contingency before budgets were set",
  MARGINAL_RATE_WITHOUT_BASELINE: 'emergency activity was priced at the full tariff because no baseline count was given while a marginal rate was in force',
  PROJECTED_OVERSPEND: 'the forecast outturn is above the budget',
  FORECAST_BASIS: 'a year-end figure rests on a forecast, not the outturn',
  OVERSPEND_PCT_CARRIES_RISK: 'the budget is overspent; under an indicative budget the PCT carries the risk',
  OVERSPEND_HOLDER_BEARS: 'the budget is overspent; under a real budget the holder bears it',
  BALANCING_WINDOW_OPEN: 'an overspend is outstanding and must be recovered within the balancing window',
  FAILED_TO_BALANCE: 'an overspend was not recovered within the balancing window: the right to a budget is at risk, subject to SHA arbitration',
  RIGHT_TO_BUDGET_REMOVED: 'after arbitration the practice lost its right to hold a budget',
  RIGHT_TO_BUDGET_RETAINED_ON_ARBITRATION: 'after arbitration the practice kept its right to hold a budget',
  ARBITRATION_NOT_NEEDED: 'an SHA arbitration decision was given for a practice that has not failed to balance; it was ignored',
  OFFSET_EARLIER_OVERSPEND: "the underspend first repaid the practice's outstanding overspends",
  PCT_PRIOR_CLAIM: "the PCT used part of the savings to clear its own deficit first (its prior claim)",
  MANAGEMENT_COSTS_CHARGED: "part of the remainder was charged against the practice's reasonable management costs",
  FUR_AWAITING_BUSINESS_CASE: "the practice's share is held until the PCT approves a business case for its use",
  FUR_BUSINESS_CASE_REJECTED: 'the PCT rejected the business case, so nothing is released; the SHA arbitrates disputes',
  FUR_RELEASED: "the practice's share (or the approved part of it) is released",
  TARIFF_CURRENCY_CHANGED: "the activity year's HRG version differs from the pricing year's: the activity must be regrouped to the pricing year's currencies",
  TARIFF_YEAR_PRICING: 'historic activity was priced at the tariff of the year the policy names (the budget year, or the activity year)',
  MFF_APPLIED: "each provider's market forces factor was applied to the tariff prices",
  MFF_NOT_APPLIED: 'the prices are the national tariff without the market forces factor, although indices were given',
  MANAGEMENT_ALLOWANCE: "the group's management allowance for the year, and how it was worked out",
  NO_MANAGEMENT_ALLOWANCE_EXPECTED: 'no national expectation of a management allowance on the date, and the PCT gave none',
  MANAGEMENT_ALLOWANCE_EXPECTED_MID_YEAR: 'DH began to expect a management allowance part way through the year, which is read on its first day: the PCT gave no figure of its own, so none is worked out',
  MANAGEMENT_ALLOWANCE_DEFAULT: "the allowance is the library's unconfirmed national default per head, as the PCT gave no figure of its own",
  NO_MANAGEMENT_ALLOWANCE_PAID: 'the PCT paid the group no management allowance although DH expected every PCT to provide one',
  FREEDOM_EARNED: 'the group has shown every criterion for a freedom of earned autonomy',
  FREEDOM_NOT_EARNED: 'the evidence shows a criterion for a freedom of earned autonomy was not met',
  EARNED_AUTONOMY_EVIDENCE_MISSING: 'there is no evidence for a criterion, so whether the freedom is earned is unknown',
  FUR_PERSONAL_INCOME: 'a proposed use of freed-up resources is personal income, which the DH position does not allow (disputed by the GPC)',
  FUR_USES_EXCEED_SHARE: "the proposed uses add up to more than the practice's share",
  FUR_CARRIED_OVER: 'unspent freed-up resources from the previous year carry over',
  FUR_LAPSED: 'unspent freed-up resources from the previous year lapse: no carry-over',
  FUNDHOLDING_BELOW_MINIMUM_LIST: 'the (combined) list is below the minimum list size for fundholding on the date',
  FUNDHOLDING_GROUPING_NOT_ALLOWED: 'practices may not combine their lists to reach the minimum on the date',
  FUNDHOLDING_GROUPED: 'the practices combined their lists to reach the minimum',
  PER_PATIENT_CAP_APPLIED: "a patient's annual cost exceeded the cap; the excess falls to the health authority (or the PCT)",
  NO_HIGH_COST_THRESHOLD: 'no national high-cost patient threshold applies under PBC: every cost stays in the budget',
  SAVINGS_WINDOW_CUT_SHORT: 'fundholding ended before the savings window closed; remaining savings were transferred',
} as const);

/**
 * A stable budgets finding code. See {@link BudgetFindingCodes}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetFindingCode } from 'practice-based-commissioning';
 * const code: BudgetFindingCode = 'PCT_PRIOR_CLAIM';
 * ```
 */
export type BudgetFindingCode = keyof typeof BudgetFindingCodes;

/**
 * One finding a budgets rule reports: the core {@link Finding} shape with a budgets code. Its
 * `outcome` is `info` (how a rule was applied), `warning` (something to act on or a disputed point:
 * the result still stands) or `breach` (a rule is broken: the result says what follows from that).
 * Rules return **all** their findings, never just the first.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetFinding } from 'practice-based-commissioning';
 * const finding: BudgetFinding = {
 *   rule: 'fur.use', code: 'FUR_PERSONAL_INCOME', outcome: 'warning',
 *   message: 'proposed use 0 ("partners\' drawings") is personal income', sources: ['pulse-gpc-keep-savings'],
 *   path: ['proposedUses', 0, 'purpose'],
 * };
 * ```
 */
export type BudgetFinding = Finding<BudgetFindingCode>;
