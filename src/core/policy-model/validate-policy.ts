/**
 * The policy model's self-check: dates sorted with no gap or overlap, known sources, values that
 * suit their units, parameters filed under their own ids.
 *
 * @module
 */
import { addDays } from '../calendar.js';
import { printable, printablePath } from '../errors.js';
import { reservedKeyIssues } from '../validation.js';
import { PolicySchema, alternativeIssues, valueSuitsUnit } from './schemas.js';

/**
 * One problem {@link validatePolicy} found.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { PolicyFinding } from 'practice-based-commissioning/policy';
 * const finding: PolicyFinding = { code: 'GAP', parameterId: 'fur.practiceShare', message: 'no value from 2006-01-01 to 2006-03-31' };
 * ```
 */
export interface PolicyFinding {
  /**
   * `GAP` between two values; `OVERLAP` of two values; `UNSORTED` values; `UNKNOWN_SOURCE` cited (by a
   * value or an alternative); `UNIT_MISMATCH` between a value (or an alternative) and its unit;
   * `DUPLICATE_ALTERNATIVE`, an alternative that repeats the value, another alternative or another's
   * id; `ID_MISMATCH` between a key and its parameter's id; `SCHEMA` for a malformed policy.
   */
  readonly code: 'GAP' | 'OVERLAP' | 'UNSORTED' | 'UNKNOWN_SOURCE' | 'UNIT_MISMATCH' | 'DUPLICATE_ALTERNATIVE' | 'ID_MISMATCH' | 'SCHEMA';
  readonly parameterId?: string;
  /** For `SCHEMA` findings and findings about an alternative, the path of the field within the policy (e.g. `['sources', 'x', 'date']`, `['parameters', 'fur.practiceShare', 'values', 0, 'alternatives', 0, 'value']`). */
  readonly path?: readonly (string | number)[];
  /** The rule broken, where it is more specific than the code (e.g. `input.noReservedKeys`, `policy.alternativeDistinct`). */
  readonly rule?: string;
  readonly message: string;
}

/**
 * The result of {@link validatePolicy}: `ok` when there are no findings.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { PolicyValidation } from 'practice-based-commissioning/policy';
 * const clean: PolicyValidation = { ok: true, findings: [] };
 * ```
 */
export interface PolicyValidation {
  readonly ok: boolean;
  readonly findings: readonly PolicyFinding[];
}

/**
 * Checks a policy's model for itself: within each parameter, values sorted by date with no gap and no
 * overlap; every cited source in the bibliography; every value of a type its unit allows; each
 * parameter filed under its own id. A value's `alternatives` are checked as values are: each of a
 * type the unit allows, every source known, none repeating the value or another alternative, no id
 * used twice (each such finding carries its `path` and `rule`, e.g. `policy.alternativeDistinct`). Returns **all** findings rather than stopping at the first.
 *
 * @param policy - any data claiming to be a policy
 * @returns `{ ok, findings }`
 * @category Policy
 * @example
 * ```ts
 * import { validatePolicy } from 'practice-based-commissioning/policy';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * validatePolicy(baselinePolicy); //=> { ok: true, findings: [] }
 * ```
 */
export function validatePolicy(policy: unknown): PolicyValidation {
  // zod's records drop an own "__proto__" key without a word: it is reported, not ignored.
  const reserved = reservedKeyIssues(policy);
  if (reserved.length > 0) return { ok: false, findings: reserved.map((issue) => ({ code: 'SCHEMA' as const, path: [...issue.path], ...(issue.rule === undefined ? {} : { rule: issue.rule }), message: `${issue.path.join('.')}: ${issue.message}` })) };
  const parsed = PolicySchema.safeParse(policy);
  if (!parsed.success) {
    return {
      ok: false,
      findings: parsed.error.issues.map((issue) => ({
        code: 'SCHEMA' as const,
        path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
        message: `${printablePath(issue.path)}: ${issue.message}`,
      })),
    };
  }
  const findings: PolicyFinding[] = [];
  const { sources, parameters } = parsed.data;
  for (const [key, source] of Object.entries(sources)) {
    if (key !== source.id) findings.push({ code: 'ID_MISMATCH', message: `source filed as "${key}" has id "${source.id}"` });
  }
  for (const [key, parameter] of Object.entries(parameters)) {
    const parameterId = parameter.id;
    if (key !== parameterId) findings.push({ code: 'ID_MISMATCH', parameterId, message: `parameter filed as "${key}" has id "${parameterId}"` });
    parameter.values.forEach((entry, index) => {
      for (const sourceId of entry.sources) {
        if (!Object.hasOwn(sources, sourceId)) {
          findings.push({ code: 'UNKNOWN_SOURCE', parameterId, message: `value ${index} (from ${entry.from}) cites unknown source "${sourceId}"` });
        }
      }
      if (!valueSuitsUnit(entry.value, parameter.unit)) {
        findings.push({ code: 'UNIT_MISMATCH', parameterId, message: `value ${index} (${printable(entry.value)}) does not suit unit "${parameter.unit}"` });
      }
      for (const issue of alternativeIssues(entry, parameter.unit, (id) => Object.hasOwn(sources, id), ['parameters', key, 'values', index], 'policy')) {
        const code = issue.rule === 'policy.alternativeUnit' ? 'UNIT_MISMATCH' : issue.rule === 'policy.alternativeSource' ? 'UNKNOWN_SOURCE' : 'DUPLICATE_ALTERNATIVE';
        findings.push({ code, parameterId, path: issue.path, rule: issue.rule, message: `value ${index} (from ${entry.from}): ${issue.message}` });
      }
      const previous = parameter.values[index - 1];
      if (previous === undefined) return;
      if (entry.from < previous.from) {
        findings.push({ code: 'UNSORTED', parameterId, message: `value ${index} (from ${entry.from}) comes before value ${index - 1} (from ${previous.from})` });
      } else if (previous.to === undefined || entry.from <= previous.to) {
        findings.push({ code: 'OVERLAP', parameterId, message: `value ${index} (from ${entry.from}) overlaps value ${index - 1} (${previous.from}…${previous.to ?? ''})` });
      } else if (addDays(previous.to, 1) !== entry.from) {
        findings.push({ code: 'GAP', parameterId, message: `no value from ${addDays(previous.to, 1)} to ${addDays(entry.from, -1)}` });
      }
    });
  }
  return { ok: findings.length === 0, findings };
}
