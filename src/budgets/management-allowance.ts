/**
 * A PBC group's management allowance for a year, rule `budget.managementAllowance`, shown beside the
 * group's budget and freed-up resources.
 *
 * - From July 2008 the DH "expects all PCTs to provide a management allowance for PBC groups to
 *   support innovative practice" (Our vision for primary and community care, via Pulse): parameter
 *   `budget.managementAllowance.expected`.
 * - DH set no national figure. The PCT's own figure (per head or per group) is a fact of the input;
 *   without one, the rule uses `budget.managementAllowance.perHead` (default £2 per head,
 *   `unconfirmed`; alternatives in its note) and says so.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { issue, parseInput } from '../core/validation.js';
import { FinancialYearSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PbcError, printable } from '../core/errors.js';
import { formatGbp, multiplyByRate, pence, type Pence } from '../core/money.js';
import { finding, ratioText, requireInForce, ruleOf } from './internal.js';
import { BudgetAmountSchema, type BudgetFinding } from './model.js';

const RULE = ruleOf('budget.managementAllowance');

/**
 * The zod schema for the input of {@link managementAllowance}: the group and its year, its registered
 * patients, optionally the PCT's own allowance (`perHead` in pence per patient, or `perGroup` in
 * pence, not both), and the group's budget and freed-up resources for the year to show beside it.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { ManagementAllowanceInputSchema } from 'practice-based-commissioning/schemas';
 * ManagementAllowanceInputSchema.parse({ groupId: 'leodis', financialYear: '2009/10', registeredPatients: 203_000 });
 * ```
 */
export const ManagementAllowanceInputSchema = z
  .object({
    groupId: z.string().trim().min(1).meta({ description: 'The PBC group (cluster, consortium).' }),
    financialYear: FinancialYearSchema,
    registeredPatients: z.number().int({ message: 'must be a whole number of patients' }).nonnegative({ message: 'may not be negative' }),
    local: z
      .object({
        perHead: z.number().int({ message: 'must be whole pence per patient' }).nonnegative({ message: 'may not be negative' }).optional(),
        perGroup: BudgetAmountSchema.optional(),
      })
      .strict()
      .optional()
      .meta({ description: "The PCT's own allowance: pence per registered patient, or a sum for the group (not both)." }),
    budget: BudgetAmountSchema.optional().meta({ description: "The group's indicative budget for the year, to show beside the allowance." }),
    freedUpResources: BudgetAmountSchema.optional().meta({ description: "The group's freed-up resources for the year, to show beside the allowance." }),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.local?.perHead !== undefined && input.local.perGroup !== undefined) {
      context.addIssue(issue(['local', 'perGroup'], 'give the allowance per head or per group, not both', 'budget.managementAllowance'));
    }
  });

/**
 * The input of {@link managementAllowance}. See {@link ManagementAllowanceInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ManagementAllowanceInput } from 'practice-based-commissioning';
 * const input: ManagementAllowanceInput = { groupId: 'leodis', financialYear: '2009/10', registeredPatients: 203_000, local: { perHead: 150 } };
 * ```
 */
export type ManagementAllowanceInput = z.input<typeof ManagementAllowanceInputSchema>;

/**
 * The options of {@link managementAllowance}: `policy` (default the baseline); the financial year in
 * the input dates the rule.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ManagementAllowanceOptions } from 'practice-based-commissioning';
 * const options: ManagementAllowanceOptions = {};
 * ```
 */
export interface ManagementAllowanceOptions extends EvaluationOptions {}

/**
 * A group's year: the management allowance beside the budget and freed-up resources (each `null`
 * when not given or, for the allowance, when there is none).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { GroupYearRow } from 'practice-based-commissioning';
 * declare const row: GroupYearRow;
 * `${row.groupId} ${row.financialYear}: budget ${row.budget}, FUR ${row.freedUpResources}, allowance ${row.managementAllowance}`;
 * ```
 */
export interface GroupYearRow {
  readonly groupId: string;
  readonly financialYear: FinancialYear;
  readonly registeredPatients: number;
  readonly budget: Pence | null;
  readonly freedUpResources: Pence | null;
  readonly managementAllowance: Pence | null;
  /** The allowance as a share of the budget, to 4 places; `null` without both. */
  readonly allowanceShareOfBudget: string | null;
}

/**
 * The result of {@link managementAllowance}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ManagementAllowance } from 'practice-based-commissioning';
 * declare const result: ManagementAllowance;
 * result.basis; // 'local_per_head' | 'local_per_group' | 'national_default_per_head' | 'none'
 * ```
 */
export interface ManagementAllowance {
  readonly allowance: Pence | null;
  /** Where the figure came from. */
  readonly basis: 'local_per_head' | 'local_per_group' | 'national_default_per_head' | 'none';
  /** Whether DH expected PCTs to provide an allowance on the first day of the year. */
  readonly expected: boolean;
  readonly row: GroupYearRow;
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/**
 * A PBC group's management allowance for a financial year, beside its budget and freed-up resources.
 * The PCT's own figure (per head or per group) is used when given; otherwise, from July 2008 (when DH
 * expected every PCT to provide one), the policy's `budget.managementAllowance.perHead` times the
 * registered patients, with a finding saying the default is unconfirmed; before then, none. An
 * allowance of zero while one was expected is a warning. Amounts per head are whole pence; the total
 * is exact.
 *
 * @param input - the group, year, registered patients, the PCT's own figure if any, and the budget and
 *   freed-up resources to show beside it (see {@link ManagementAllowanceInputSchema})
 * @param options - `policy` (default the baseline)
 * @returns the allowance, its basis, the group's year row, findings and the explanation
 * @throws PbcError `INVALID_INPUT` for a negative or fractional count or amount, or both a per-head and
 *   a per-group figure; `NOT_IN_FORCE` for a year outside PBC; `INVALID_POLICY` at `['policy']`
 * @category Budgets
 * @example
 * ```ts
 * import { managementAllowance } from 'practice-based-commissioning';
 * const leodis = managementAllowance({
 *   groupId: 'leodis', financialYear: '2009/10', registeredPatients: 203_000,
 *   budget: 12_000_000_000, freedUpResources: 45_000_000,
 * });
 * leodis.allowance; //=> 40_600_000 (203,000 × £2, the unconfirmed default)
 * leodis.row.allowanceShareOfBudget; //=> '0.0034'
 * managementAllowance({ groupId: 'leodis', financialYear: '2009/10', registeredPatients: 203_000, local: { perGroup: 25_000_000 } }).basis; //=> 'local_per_group'
 * ```
 */
export function managementAllowance(input: ManagementAllowanceInput, options?: ManagementAllowanceOptions): ManagementAllowance {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(ManagementAllowanceInputSchema, input, 'management allowance input');
  const { start } = financialYearBounds(parsed.financialYear);
  const step = explain(RULE, policy, start);
  step.input('groupId', parsed.groupId);
  step.input('financialYear', parsed.financialYear);
  step.input('registeredPatients', parsed.registeredPatients);
  requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: ['financialYear'], what: 'PBC indicative budgets' });
  const expected = step.boolean('budget.managementAllowance.expected', start);
  const findings: BudgetFinding[] = [];
  const sources = RULE.sources;
  let allowance: Pence | null = null;
  let basis: ManagementAllowance['basis'] = 'none';
  const local = parsed.local ?? {};
  if (local.perHead !== undefined) {
    step.input('local.perHead', local.perHead);
    allowance = multiplyByRate(pence(local.perHead), parsed.registeredPatients);
    basis = 'local_per_head';
  } else if (local.perGroup !== undefined) {
    step.input('local.perGroup', local.perGroup);
    allowance = local.perGroup;
    basis = 'local_per_group';
  } else if (expected) {
    const perHead = step.read('budget.managementAllowance.perHead', start).value;
    if (perHead !== null && (typeof perHead !== 'number' || !Number.isSafeInteger(perHead) || perHead < 0)) {
      throw new PbcError('INVALID_POLICY', `"budget.managementAllowance.perHead" is ${printable(perHead)}; the rule needs whole pence per patient, zero or more, or null`, {
        issues: [{ path: ['parameters', 'budget.managementAllowance.perHead'], message: 'expected whole pence per patient or null', rule: RULE.id }],
      });
    }
    if (perHead !== null) {
      allowance = multiplyByRate(pence(perHead), parsed.registeredPatients);
      basis = 'national_default_per_head';
      findings.push(
        finding(
          'MANAGEMENT_ALLOWANCE_DEFAULT',
          'warning',
          RULE.id,
          `the PCT gave no allowance of its own, so ${formatGbp(allowance)} is ${String(perHead)}p per head of ${parsed.registeredPatients.toLocaleString('en-GB')} patients: DH set no national figure, and this default is unconfirmed`,
          sources,
          ['local'],
        ),
      );
    }
  }
  if (allowance === null && !expected) {
    // The rule reads the year at its first day. An expectation that began part way through the year
    // (1 July 2008, in 2008/09) is said, not pro-rated: no source says how PCTs treated the part year.
    const { end } = financialYearBounds(parsed.financialYear);
    const later = step.peekSchedule('budget.managementAllowance.expected', (reading) => reading.value === true && reading.from > start && reading.from <= end)[0];
    if (later === undefined) {
      findings.push(finding('NO_MANAGEMENT_ALLOWANCE_EXPECTED', 'info', RULE.id, `DH did not yet expect PCTs to provide a management allowance on ${start}, and the PCT gave none`, sources, ['local']));
    } else {
      findings.push(
        finding(
          'MANAGEMENT_ALLOWANCE_EXPECTED_MID_YEAR',
          'warning',
          RULE.id,
          `DH expected PCTs to provide a management allowance from ${later.from}, part way through ${parsed.financialYear}; the year is read on its first day, ${start}, so no allowance is worked out: give the PCT's own figure for the year (local.perHead or local.perGroup) if it paid one`,
          sources,
          ['local'],
        ),
      );
    }
  }
  if (allowance !== null && allowance === 0 && expected) {
    findings.push(finding('NO_MANAGEMENT_ALLOWANCE_PAID', 'warning', RULE.id, `the PCT paid group ${parsed.groupId} no management allowance for ${parsed.financialYear}, although DH expected every PCT to provide one`, sources, ['local']));
  }
  if (allowance !== null) {
    findings.push(
      finding('MANAGEMENT_ALLOWANCE', 'info', RULE.id, `group ${parsed.groupId}'s management allowance for ${parsed.financialYear} is ${formatGbp(allowance)} (${basis.replace(/_/g, ' ')})`, sources),
    );
  }
  const budget = parsed.budget ?? null;
  const row: GroupYearRow = {
    groupId: parsed.groupId,
    financialYear: parsed.financialYear,
    registeredPatients: parsed.registeredPatients,
    budget,
    freedUpResources: parsed.freedUpResources ?? null,
    managementAllowance: allowance,
    allowanceShareOfBudget: allowance !== null && budget !== null && budget > 0 ? ratioText(allowance, budget) : null,
  };
  return { allowance, basis, expected, row, findings, explanation: step.done({ allowance, basis, expected }) };
}
