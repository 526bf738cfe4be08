/**
 * Earned autonomy, rule `budget.earnedAutonomy`: which freedoms a PBC group has earned, on what
 * evidence.
 *
 * Our vision for primary and community care (July 2008, via Pulse): "earned autonomy" for
 * leading-edge groups "who succeed in improving health outcomes. They should be entitled to increased
 * freedoms in managing resources and designing services." The freedoms
 * (`budget.earnedAutonomy.freedoms`) and the criteria (`budget.earnedAutonomy.criteria`, by default
 * the one DH gave) are dated parameters; a PCT's further criteria are a reform. The evidence is a
 * fact of the input, one entry per criterion.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { parseInput } from '../core/validation.js';
import { FinancialYearSchema, IsoDateTextSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { safeText } from '../core/text.js';
import { PbcError, printable } from '../core/errors.js';
import { requireInForce, ruleOf } from './internal.js';
import type { BudgetFinding } from './model.js';

const RULE = ruleOf('budget.earnedAutonomy');

/**
 * The zod schema for the input of {@link assessEarnedAutonomy}: the group, the year, and the evidence
 * for each criterion (whether it was met, what shows it, and when it was assessed).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { AssessEarnedAutonomyInputSchema } from 'practice-based-commissioning/schemas';
 * AssessEarnedAutonomyInputSchema.parse({
 *   groupId: 'leodis', financialYear: '2009/10',
 *   evidence: [{ criterion: 'improved_health_outcomes', met: true, evidence: 'emergency admissions for COPD down 12%' }],
 * });
 * ```
 */
export const AssessEarnedAutonomyInputSchema = z
  .object({
    groupId: z.string().trim().min(1).meta({ description: 'The PBC group.' }),
    financialYear: FinancialYearSchema,
    evidence: z
      .array(
        z
          .object({
            criterion: z.string().trim().min(1).meta({ description: 'The criterion, as in budget.earnedAutonomy.criteria (e.g. improved_health_outcomes).' }),
            met: z.boolean().meta({ description: 'Whether the evidence shows the criterion met.' }),
            evidence: z.string().trim().min(1).meta({ description: 'What shows it (a measure, a report, a PCT board decision).' }),
            assessedOn: IsoDateTextSchema.optional().meta({ description: 'When it was assessed (YYYY-MM-DD).' }),
          })
          .strict(),
      )
      .meta({ description: 'One entry per criterion the group has evidence for.' }),
  })
  .strict();

/**
 * The input of {@link assessEarnedAutonomy}. See {@link AssessEarnedAutonomyInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { AssessEarnedAutonomyInput } from 'practice-based-commissioning';
 * const input: AssessEarnedAutonomyInput = { groupId: 'leodis', financialYear: '2009/10', evidence: [] };
 * ```
 */
export type AssessEarnedAutonomyInput = z.input<typeof AssessEarnedAutonomyInputSchema>;

/**
 * The options of {@link assessEarnedAutonomy}: `policy` (default the baseline); the financial year in
 * the input dates the rule.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { AssessEarnedAutonomyOptions } from 'practice-based-commissioning';
 * const options: AssessEarnedAutonomyOptions = {};
 * ```
 */
export interface AssessEarnedAutonomyOptions extends EvaluationOptions {}

/**
 * One freedom of earned autonomy and whether the group has earned it: `true` (every criterion shown
 * met), `false` (a criterion shown not met), `null` (no evidence for a criterion), with the evidence
 * used and the criteria without evidence.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { EarnedFreedom } from 'practice-based-commissioning';
 * declare const freedom: EarnedFreedom;
 * freedom.earned === null ? `missing: ${freedom.missing.join(', ')}` : freedom.earned;
 * ```
 */
export interface EarnedFreedom {
  readonly freedom: string;
  readonly earned: boolean | null;
  readonly evidence: readonly { readonly criterion: string; readonly met: boolean; readonly evidence: string; readonly assessedOn: string | null }[];
  readonly missing: readonly string[];
}

/**
 * The result of {@link assessEarnedAutonomy}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { EarnedAutonomy } from 'practice-based-commissioning';
 * declare const result: EarnedAutonomy;
 * result.earnedFreedoms; // e.g. ['managing_resources', 'designing_services']
 * ```
 */
export interface EarnedAutonomy {
  readonly groupId: string;
  readonly financialYear: FinancialYear;
  readonly criteria: readonly string[];
  readonly freedoms: readonly EarnedFreedom[];
  /** The freedoms earned, in the policy's order. */
  readonly earnedFreedoms: readonly string[];
  /** Evidence given for a criterion the policy does not name (reported, not used). */
  readonly unusedEvidence: readonly string[];
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/** A list parameter's value; `null` (which a valid policy may hold) is refused: the rule needs the list. */
function listOf(value: unknown, parameterId: string): string[] {
  if (Array.isArray(value)) return value.map(String);
  throw new PbcError('INVALID_POLICY', `"${parameterId}" is ${printable(value)}; the rule needs a list`, {
    issues: [{ path: ['parameters', parameterId], message: 'expected a list', rule: RULE.id }],
  });
}

/**
 * Assesses earned autonomy for a PBC group in a year: for each freedom of
 * `budget.earnedAutonomy.freedoms` (by default managing resources and designing services), whether
 * the group has shown every criterion of `budget.earnedAutonomy.criteria` (by default improved health
 * outcomes) met. A criterion with no evidence leaves the freedom `unknown`, never earned by default.
 * The library records the assessment; the PCT grants the freedoms.
 *
 * @param input - the group, year and the evidence per criterion (see {@link AssessEarnedAutonomyInputSchema})
 * @param options - `policy` (default the baseline)
 * @returns each freedom with its evidence and missing criteria, the freedoms earned, findings and the explanation
 * @throws PbcError `INVALID_INPUT` for an empty criterion or evidence; `NOT_IN_FORCE` for a year
 *   before earned autonomy (2008/09 is the first: July 2008) or after PCTs; `INVALID_POLICY` at `['policy']`
 * @category Budgets
 * @example
 * ```ts
 * import { assessEarnedAutonomy } from 'practice-based-commissioning';
 * const result = assessEarnedAutonomy({
 *   groupId: 'leodis', financialYear: '2009/10',
 *   evidence: [{ criterion: 'improved_health_outcomes', met: true, evidence: 'emergency admissions for COPD down 12% (PCT board, March 2010)' }],
 * });
 * result.earnedFreedoms; //=> ['managing_resources', 'designing_services']
 * assessEarnedAutonomy({ groupId: 'leodis', financialYear: '2009/10', evidence: [] }).freedoms[0]?.earned; //=> null
 * ```
 */
export function assessEarnedAutonomy(input: AssessEarnedAutonomyInput, options?: AssessEarnedAutonomyOptions): EarnedAutonomy {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(AssessEarnedAutonomyInputSchema, input, 'earned autonomy input');
  const { end } = financialYearBounds(parsed.financialYear);
  // Judged at the year's end: the evidence is of the year's results.
  const step = explain(RULE, policy, end);
  step.input('groupId', parsed.groupId);
  step.input('financialYear', parsed.financialYear);
  requireInForce(step, { parameterId: 'budget.earnedAutonomy.inForce', date: end, path: ['financialYear'], what: 'earned autonomy for PBC groups' });
  const freedomIds = listOf(step.read('budget.earnedAutonomy.freedoms', end).value, 'budget.earnedAutonomy.freedoms');
  const criteria = listOf(step.read('budget.earnedAutonomy.criteria', end).value, 'budget.earnedAutonomy.criteria');
  step.input('evidence', parsed.evidence.map((entry) => `${entry.criterion}: ${entry.met ? 'met' : 'not met'}`).join('; '));
  const byCriterion = new Map(parsed.evidence.map((entry) => [entry.criterion, entry]));
  const used = criteria.flatMap((criterion) => {
    const entry = byCriterion.get(criterion);
    return entry === undefined ? [] : [{ criterion, met: entry.met, evidence: entry.evidence, assessedOn: entry.assessedOn ?? null }];
  });
  const missing = criteria.filter((criterion) => !byCriterion.has(criterion));
  const earned: boolean | null = used.some((entry) => !entry.met) ? false : missing.length > 0 ? null : true;
  const findings: BudgetFinding[] = [];
  const freedoms: EarnedFreedom[] = freedomIds.map((freedom) => {
    const path = ['evidence'];
    const base = { rule: RULE.id, sources: [...RULE.sources], path, subject: { kind: 'freedom', id: freedom } };
    if (earned === true) {
      findings.push({ ...base, code: 'FREEDOM_EARNED', outcome: 'info', message: safeText(`group ${parsed.groupId} has earned the freedom '${freedom}' for ${parsed.financialYear}: ${used.map((entry) => `${entry.criterion} (${entry.evidence})`).join('; ')}`) });
    } else if (earned === false) {
      const failed = used.filter((entry) => !entry.met).map((entry) => `${entry.criterion} (${entry.evidence})`);
      findings.push({ ...base, code: 'FREEDOM_NOT_EARNED', outcome: 'info', message: safeText(`group ${parsed.groupId} has not earned the freedom '${freedom}' for ${parsed.financialYear}: not met: ${failed.join('; ')}`) });
    } else {
      findings.push({ ...base, code: 'EARNED_AUTONOMY_EVIDENCE_MISSING', outcome: 'unknown', message: safeText(`whether group ${parsed.groupId} has earned the freedom '${freedom}' is unknown: no evidence for ${missing.join(', ')}`) });
    }
    return { freedom, earned, evidence: used, missing };
  });
  const unusedEvidence = parsed.evidence.filter((entry) => !criteria.includes(entry.criterion)).map((entry) => entry.criterion);
  if (unusedEvidence.length > 0) step.note(`Evidence for criteria the policy does not name was not used: ${unusedEvidence.join(', ')} (add them with a reform of budget.earnedAutonomy.criteria).`);
  step.note('The library records the assessment; the PCT grants the freedoms.');
  const earnedFreedoms = freedoms.filter((freedom) => freedom.earned === true).map((freedom) => freedom.freedom);
  return {
    groupId: parsed.groupId,
    financialYear: parsed.financialYear,
    criteria,
    freedoms,
    earnedFreedoms,
    unusedEvidence,
    findings,
    explanation: step.done({ earnedFreedoms, missing, earned }),
  };
}
