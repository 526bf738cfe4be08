/**
 * The one calling convention: every public rule is `rule(input, options?)`, and `options` extends
 * {@link EvaluationOptions} — which law (`policy`) and which day (`asOf`), nothing else. Facts (a
 * PCT's local values, a framework, evidence, weights, the subject) belong in the input; a local
 * variation of the law is a reform.
 *
 * @module
 */
import { PbcError, printable } from './errors.js';
import { IsoDateTextSchema, type IsoDate } from './calendar.js';
import { requirePolicyShape, type Policy } from './policy-model/schemas.js';
import { validatePolicy } from './policy-model/validate-policy.js';

/**
 * The options every rule accepts: the law to apply and the day to apply it on. Each rule's own
 * options type extends it (e.g. `MonitorBudgetOptions`), adding only evaluation switches such as
 * `explanations` or `reform`, never facts.
 *
 * - `policy`: the baseline by default, or a reformed policy (`applyReform(baselinePolicy, reform)`).
 *   A value that is not a valid policy raises `INVALID_POLICY` at the path `['policy']`.
 * - `asOf`: "today" for the question, an ISO date. Rules that judge pending states need it and say so
 *   in their options type (`asOf` required); a malformed date raises `INVALID_DATE` at `['asOf']`.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { EvaluationOptions } from 'practice-based-commissioning';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const options: EvaluationOptions = { policy: baselinePolicy, asOf: '2009-06-30' };
 * ```
 */
export interface EvaluationOptions {
  /** Which law: the baseline policy (default) or a reformed one. */
  readonly policy?: Policy;
  /** Which day: "today" for the question, in ISO `YYYY-MM-DD` form. */
  readonly asOf?: string;
}

/**
 * {@link EvaluationOptions} with `asOf` required, for rules that judge pending states on a day.
 *
 * @category Evaluation
 * @example
 * ```ts
 * import type { DatedEvaluationOptions } from 'practice-based-commissioning';
 * const options: DatedEvaluationOptions = { asOf: '2009-06-30' };
 * ```
 */
export interface DatedEvaluationOptions extends EvaluationOptions {
  /** Which day: "today" for the question, in ISO `YYYY-MM-DD` form. */
  readonly asOf: string;
}

/** The options after checking: a policy that is known to be valid, and the day (if given). @internal */
export interface ResolvedEvaluation<AsOf extends IsoDate | undefined = IsoDate | undefined> {
  readonly policy: Policy;
  readonly asOf: AsOf;
}

/** Policies already checked in full, by identity. Only frozen policies are remembered: an unfrozen one may change. */
const validPolicies = new WeakSet<object>();

/**
 * Checks a `policy` option: `undefined` gives `fallback`; anything else must be a valid policy, or
 * `INVALID_POLICY` is raised at `['policy']` with one issue per problem.
 * @internal
 */
export function resolvePolicyOption(policy: unknown, fallback: Policy): Policy {
  if (policy === undefined) return fallback;
  if (policy === fallback || (typeof policy === 'object' && policy !== null && validPolicies.has(policy))) return policy as Policy;
  try {
    requirePolicyShape(policy);
  } catch {
    throw new PbcError('INVALID_POLICY', `options.policy is not a policy (start from baselinePolicy and apply reforms), got ${printable(policy)}`, {
      issues: [{ path: ['policy'], message: 'not a policy', rule: 'policy' }],
    });
  }
  const validation = validatePolicy(policy);
  if (!validation.ok) {
    const issues = validation.findings.map((finding) => ({
      path: finding.parameterId === undefined ? ['policy'] : ['policy', 'parameters', finding.parameterId],
      message: finding.message,
      rule: `policy.${finding.code}`,
    }));
    const first = issues[0]!;
    throw new PbcError('INVALID_POLICY', `options.policy is not a valid policy: ${first.path.join('.')}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`, {
      issues,
    });
  }
  if (Object.isFrozen(policy)) validPolicies.add(policy);
  return policy;
}

/**
 * Checks the options argument of a rule: an object (or `undefined`), whose `policy` is a valid
 * policy and whose `asOf` is a real calendar date. Returns the policy to use and the day.
 *
 * @param options - the caller's options (anything: JavaScript callers are checked too)
 * @param fallback - the policy when none is given (the baseline)
 * @param requireAsOf - whether the rule needs `asOf` (then its absence is `MISSING_INPUT` at `['asOf']`)
 * @throws PbcError `INVALID_INPUT` at `['options']` when options is not an object; `INVALID_POLICY` at
 *   `['policy']`; `INVALID_DATE` at `['asOf']`; `MISSING_INPUT` at `['asOf']`
 * @internal
 */
export function resolveEvaluationOptions(options: unknown, fallback: Policy, requireAsOf: true): ResolvedEvaluation<IsoDate>;
export function resolveEvaluationOptions(options: unknown, fallback: Policy, requireAsOf?: false): ResolvedEvaluation;
export function resolveEvaluationOptions(options: unknown, fallback: Policy, requireAsOf = false): ResolvedEvaluation {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new PbcError('INVALID_INPUT', `options must be an object such as { policy, asOf }, got ${printable(options)}`, {
      issues: [{ path: ['options'], message: 'must be an object', rule: 'options' }],
    });
  }
  const given = options as { readonly policy?: unknown; readonly asOf?: unknown };
  const policy = resolvePolicyOption(given.policy, fallback);
  const asOfValue = given.asOf;
  if (asOfValue === undefined) {
    if (requireAsOf) {
      throw new PbcError('MISSING_INPUT', 'options.asOf is required: the date on which to judge (an ISO date such as 2009-06-30)', {
        issues: [{ path: ['asOf'], message: 'required', rule: 'asOf' }],
      });
    }
    return { policy, asOf: undefined };
  }
  const asOf = IsoDateTextSchema.safeParse(asOfValue);
  if (!asOf.success) {
    throw new PbcError('INVALID_DATE', `asOf: ${printable(asOfValue)} is not a real calendar date in YYYY-MM-DD form`, {
      issues: [{ path: ['asOf'], message: 'must be a real calendar date in YYYY-MM-DD form', rule: 'asOf' }],
    });
  }
  return { policy, asOf: asOf.data as IsoDate };
}
