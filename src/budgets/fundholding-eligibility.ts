/**
 * GP fundholding (1991–1999), the real-budget regime PBC is measured against: whether a practice (or
 * practices combining their lists) met the minimum list size on a date.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { IsoDateSchema, type IsoDate } from '../core/calendar.js';
import { PbcError, isPbcError } from '../core/errors.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PracticeCodeSchema, type PracticeCode } from '../core/identifiers.js';
import { sumCountsAt } from '../core/money.js';
import { issue, parseInput, repeatedAt } from '../core/validation.js';
import { finding, requireInForce, ruleOf } from './internal.js';
import type { BudgetFinding } from './model.js';

const RULE = ruleOf('fundholding.eligibility');

/**
 * The zod schema for the input of {@link fundholdingEligibility}: the date, the kind of fundholding
 * (`standard`, the default, or `community` from 1 April 1996), and the practice or practices (more
 * than one when they combine their lists), each with its registered list size — a whole number.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { FundholdingEligibilityInputSchema } from 'practice-based-commissioning/schemas';
 * FundholdingEligibilityInputSchema.safeParse({ date: '1996-04-01', kind: 'community', practices: [{ practiceCode: 'A81001', listSize: 3200 }] }).success; //=> true
 * FundholdingEligibilityInputSchema.safeParse({ date: '1996-04-01', practices: [{ practiceCode: 'A81001', listSize: 3200.5 }] }).success; //=> false
 * ```
 */
export const FundholdingEligibilityInputSchema = z
  .object({
    date: IsoDateSchema.meta({ description: 'The date to test (for example the first day of the fund year).' }),
    kind: z.enum(['standard', 'community']).optional().meta({ description: 'standard (the default) or community fundholding (from 1 April 1996).' }),
    practices: z
      .array(
        z
          .object({
            practiceCode: PracticeCodeSchema,
            listSize: z.number().int({ message: 'a list size must be a whole number of patients' }).nonnegative({ message: 'a list size may not be negative' }),
          })
          .strict(),
      )
      .min(1, { message: 'give at least one practice' })
      .meta({ description: 'One practice, or several combining their lists.' }),
  })
  .strict()
  .superRefine((input, context) => {
    const codes = input.practices.map((practice) => practice.practiceCode);
    for (const index of repeatedAt(codes)) context.addIssue(issue(['practices', index, 'practiceCode'], `practice ${codes[index]!} is listed twice`, 'fundholding.uniquePractices'));
  });

/**
 * The input of {@link fundholdingEligibility}. See {@link FundholdingEligibilityInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FundholdingEligibilityInput } from 'practice-based-commissioning';
 * const input = { date: '1993-04-01', practices: [{ practiceCode: 'A81001', listSize: 7000 }] } as FundholdingEligibilityInput;
 * ```
 */
export type FundholdingEligibilityInput = z.input<typeof FundholdingEligibilityInputSchema>;

/**
 * The result of {@link fundholdingEligibility}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FundholdingEligibility } from 'practice-based-commissioning';
 * declare const result: FundholdingEligibility;
 * result.eligible ? 'may hold a fund' : `${result.shortfall} patients short`;
 * ```
 */
export interface FundholdingEligibility {
  readonly date: IsoDate;
  readonly kind: 'standard' | 'community';
  readonly eligible: boolean;
  readonly practiceCodes: readonly PracticeCode[];
  /** The list counted: one practice's, or the practices' combined (when combining is allowed). */
  readonly listSize: number;
  readonly minimumListSize: number;
  /** Patients short of the minimum (0 when eligible). */
  readonly shortfall: number;
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/**
 * The options of {@link fundholdingEligibility}: `policy` (default the baseline); `asOf` is not read (the input's `date` dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FundholdingEligibilityOptions } from 'practice-based-commissioning';
 * const options: FundholdingEligibilityOptions = {};
 * ```
 */
export interface FundholdingEligibilityOptions extends EvaluationOptions {}

/**
 * Whether a practice, or practices combining their lists, met GP fundholding's minimum list size on
 * a date: 9,000 patients from 1 April 1991 (smaller practices "could group to reach it", 1991
 * Regulations reg 3); 7,000 from 1 April 1993 (Hansard, 23 Feb 1993); 5,000 for standard and 3,000
 * for community fundholding from 1 April 1996 (1996 Regulations, Sch 1). Fundholding ended on 31
 * March 1999: a later date (or one before April 1991) is outside the scheme, an error rather than
 * "not eligible". England only; Scotland had its own thresholds.
 *
 * @param input - see {@link FundholdingEligibilityInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns eligibility, the list counted, the minimum, the shortfall, findings and the explanation
 * @throws PbcError `INVALID_INPUT` (a list size that is not a whole number, a practice twice);
 *   `NOT_IN_FORCE` (a date outside 1 April 1991 – 31 March 1999, or community fundholding before 1
 *   April 1996)
 * @category Budgets
 * @example
 * ```ts
 * import { fundholdingEligibility } from 'practice-based-commissioning';
 * fundholdingEligibility({ date: '1993-03-31', practices: [{ practiceCode: 'A81001', listSize: 8000 }] }).eligible; //=> false (9,000 then)
 * fundholdingEligibility({ date: '1993-04-01', practices: [{ practiceCode: 'A81001', listSize: 8000 }] }).eligible; //=> true (7,000)
 * fundholdingEligibility({ date: '1999-04-01', practices: [{ practiceCode: 'A81001', listSize: 8000 }] }); // throws PbcError NOT_IN_FORCE
 * ```
 */
export function fundholdingEligibility(input: FundholdingEligibilityInput, options?: FundholdingEligibilityOptions): FundholdingEligibility {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(FundholdingEligibilityInputSchema, input, 'fundholding eligibility request');
  const kind = parsed.kind ?? 'standard';
  const step = explain(RULE, policy, parsed.date);
  step.input('kind', kind);
  step.input('practices', parsed.practices.map((practice) => ({ practiceCode: practice.practiceCode, listSize: practice.listSize })));
  requireInForce(step, { parameterId: 'fundholding.inForce', date: parsed.date, path: ['date'], what: 'GP fundholding' });
  const parameterId = `fundholding.minimumListSize.${kind}`;
  let minimumListSize: number;
  try {
    minimumListSize = step.integer(parameterId);
  } catch (error) {
    if (!isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) throw error;
    const message = `no ${kind} fundholding on ${parsed.date}`;
    throw new PbcError('NOT_IN_FORCE', `kind: ${message}`, { issues: [{ path: ['kind'], message, rule: parameterId }], rule: parameterId });
  }
  const findings: BudgetFinding[] = [];
  const grouped = parsed.practices.length > 1;
  // The schema requires at least one practice.
  let listSize = parsed.practices[0]!.listSize;
  let groupingRefused = false;
  if (grouped) {
    if (step.boolean('fundholding.groupingAllowed')) {
      listSize = sumCountsAt(
        parsed.practices.map((practice) => practice.listSize),
        (index) => ['practices', index, 'listSize'],
        'the combined list',
      );
      findings.push(finding('FUNDHOLDING_GROUPED', 'info', RULE.id, `${parsed.practices.length} practices combine their lists: ${listSize} patients`, ['uksi-1991-582', 'bmj-1995-fundholding-extension'], ['practices']));
    } else {
      groupingRefused = true;
      listSize = Math.max(...parsed.practices.map((practice) => practice.listSize));
      findings.push(finding('FUNDHOLDING_GROUPING_NOT_ALLOWED', 'breach', RULE.id, `practices may not combine their lists on ${parsed.date}; each must reach the minimum alone`, ['uksi-1991-582'], ['practices']));
    }
  }
  const eligible = !groupingRefused && listSize >= minimumListSize;
  const shortfall = Math.max(0, minimumListSize - listSize);
  if (!eligible && !groupingRefused) {
    findings.push(
      finding('FUNDHOLDING_BELOW_MINIMUM_LIST', 'breach', RULE.id, `${listSize} patients is ${shortfall} short of the ${kind} minimum of ${minimumListSize} on ${parsed.date}`, RULE.sources, grouped ? ['practices'] : ['practices', 0, 'listSize']),
    );
  }
  return {
    date: parsed.date,
    kind,
    eligible,
    practiceCodes: parsed.practices.map((practice) => practice.practiceCode),
    listSize,
    minimumListSize,
    shortfall,
    findings,
    explanation: step.done({ eligible, listSize, minimumListSize }),
  };
}
