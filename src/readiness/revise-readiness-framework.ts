/**
 * Replaces, removes or adds factors of a framework — above all the Audit Commission's 33
 * placeholder checklist questions, once their text is known. Governance fact sheet §1: "The other
 * 33 questions are UNCONFIRMED … use only as editable seed data".
 *
 * @module
 */
import { z } from 'zod';
import { ConfidenceSchema, SourceSchema } from '../core/policy-model/schemas.js';
import type { PbcIssue } from '../core/errors.js';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { parseInput, raiseIssues } from '../core/validation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { ReadinessFactorSchema, ReadinessFrameworkSchema, type ReadinessFactor, type ReadinessFramework } from '../policy/frameworks/framework-schema.js';
import { ReadinessFrameworkRefSchema, ResolvedFrameworkSchema } from './evidence-schema.js';

/**
 * The zod schema for a revision of a framework: `replace` factors by id (a new label, sources and
 * confidence; the factor stops being a placeholder), `remove` factors by id, `add` factors, and add
 * sources to the framework's `bibliography`. An optional new `id` and `title`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessFrameworkRevisionSchema } from 'practice-based-commissioning/schemas';
 * ReadinessFrameworkRevisionSchema.parse({
 *   replace: { 'AC06.Q.STR.P1': { label: 'Does the PCT publish its PBC plans?', sources: ['my-copy'], confidence: 'confirmed' } },
 *   bibliography: [{ id: 'my-copy', title: 'Early lessons (full PDF)', publisher: 'Audit Commission', date: '2006', weight: 'primary' }],
 * });
 * ```
 */
export const ReadinessFrameworkRevisionSchema = z
  .object({
    id: z.string().min(1).optional().meta({ description: 'A new id for the revised framework (default: unchanged).' }),
    title: z.string().min(1).optional(),
    replace: z
      .record(
        z.string(),
        z
          .object({
            label: z.string().min(1),
            sources: z.array(z.string().min(1)).min(1),
            confidence: ConfidenceSchema,
            note: z.string().min(1).optional(),
          })
          .strict(),
      )
      .optional()
      .meta({ description: 'New text, sources and confidence by factor id.' }),
    remove: z.array(z.string().min(1)).readonly().optional().meta({ description: 'Factor ids to drop.' }),
    add: z.array(ReadinessFactorSchema).readonly().optional().meta({ description: 'Factors to append.' }),
    bibliography: z.array(SourceSchema).readonly().optional().meta({ description: 'Sources to add to the framework bibliography.' }),
  })
  .strict();

/**
 * A framework revision; see {@link ReadinessFrameworkRevisionSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessFrameworkRevision } from 'practice-based-commissioning';
 * const drop: ReadinessFrameworkRevision = { remove: ['AC06.Q.STR.P5'] };
 * ```
 */
export type ReadinessFrameworkRevision = z.infer<typeof ReadinessFrameworkRevisionSchema>;

/**
 * The zod schema for the input of {@link reviseReadinessFramework}: the framework (a built-in one by
 * key, or a framework object) and the revision.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReviseReadinessFrameworkInputSchema } from 'practice-based-commissioning/schemas';
 * ReviseReadinessFrameworkInputSchema.safeParse({ framework: 'AC2006', revision: { remove: ['AC06.Q.STR.P5'] } }).success; //=> true
 * ```
 */
export const ReviseReadinessFrameworkInputSchema = z.object({ framework: ReadinessFrameworkRefSchema, revision: ReadinessFrameworkRevisionSchema }).strict();

/**
 * The input of {@link reviseReadinessFramework}; see {@link ReviseReadinessFrameworkInputSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReviseReadinessFrameworkInput } from 'practice-based-commissioning';
 * const input: ReviseReadinessFrameworkInput = { framework: 'AC2006', revision: { remove: ['AC06.Q.STR.P5'] } };
 * ```
 */
export type ReviseReadinessFrameworkInput = z.input<typeof ReviseReadinessFrameworkInputSchema>;

/**
 * The options of {@link reviseReadinessFramework}: the policy (a revision reads no parameters; a bad
 * policy is still refused).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReviseReadinessFrameworkOptions } from 'practice-based-commissioning';
 * const options: ReviseReadinessFrameworkOptions = {};
 * ```
 */
export interface ReviseReadinessFrameworkOptions extends EvaluationOptions {}

const ParsedRevisionInputSchema = ReviseReadinessFrameworkInputSchema.extend({ framework: ResolvedFrameworkSchema });

/**
 * Returns a revised copy of a framework (the original is untouched): replaced factors take the new
 * label, sources and confidence and are no longer placeholders; removed factors disappear, and from
 * the recommendations that addressed them (a recommendation left addressing nothing is dropped); added factors are appended. The result is checked with
 * {@link ReadinessFrameworkSchema}.
 *
 * @param input - `framework` (a key of `readinessFrameworks` or a framework) and `revision` (what to
 *   replace, remove and add)
 * @param options - optional `policy`
 * @returns the revised framework
 * @throws PbcError `INVALID_INPUT` for a factor id the framework lacks (path under `revision`) or a
 *   revised framework that breaks the schema (path under `framework`)
 * @category Readiness
 * @example
 * ```ts
 * import { reviseReadinessFramework } from 'practice-based-commissioning';
 * const revised = reviseReadinessFramework({
 *   framework: 'AC2006',
 *   revision: { replace: { 'AC06.Q.STR.P1': { label: 'Does the PCT publish its PBC plans?', sources: ['ac-2006-early-lessons'], confidence: 'confirmed' } } },
 * });
 * revised.factors.filter((question) => question.placeholder === true).length; //=> 32
 * ```
 */
export function reviseReadinessFramework(input: ReviseReadinessFrameworkInput, options?: ReviseReadinessFrameworkOptions): ReadinessFramework {
  resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(ParsedRevisionInputSchema, input, 'framework revision');
  const original = parsed.framework;
  const ids = new Set(original.factors.map((factor) => factor.id));
  const issues: PbcIssue[] = [];
  for (const id of Object.keys(parsed.revision.replace ?? {})) {
    if (!ids.has(id)) issues.push({ path: ['revision', 'replace', id], message: `the framework "${original.id}" has no factor "${id}"`, rule: 'readiness.knownFactor' });
  }
  (parsed.revision.remove ?? []).forEach((id, index) => {
    if (!ids.has(id)) issues.push({ path: ['revision', 'remove', index], message: `the framework "${original.id}" has no factor "${id}"`, rule: 'readiness.knownFactor' });
  });
  raiseIssues(issues, 'framework revision');
  const removed = new Set(parsed.revision.remove ?? []);
  const replacements = parsed.revision.replace ?? {};
  const factors: ReadinessFactor[] = original.factors
    .filter((factor) => !removed.has(factor.id))
    .map((factor) => {
      // Own keys only: a factor called "constructor" is replaced only when the revision names it.
      const replacement = Object.hasOwn(replacements, factor.id) ? replacements[factor.id] : undefined;
      if (replacement === undefined) return factor;
      const { placeholder: _placeholder, note: _note, ...kept } = factor;
      return { ...kept, label: replacement.label, sources: replacement.sources, confidence: replacement.confidence, ...(replacement.note === undefined ? {} : { note: replacement.note }) };
    });
  const revised = {
    ...original,
    ...(parsed.revision.id === undefined ? {} : { id: parsed.revision.id }),
    ...(parsed.revision.title === undefined ? {} : { title: parsed.revision.title }),
    factors: [...factors, ...(parsed.revision.add ?? [])],
    ...(original.recommendations === undefined
      ? {}
      : {
          recommendations: original.recommendations
            .map((recommendation) => ({ recommendation, addresses: recommendation.addresses.filter((id) => !removed.has(id)) }))
            // A recommendation whose every addressed factor was removed goes too (it would otherwise turn general).
            .filter(({ recommendation, addresses }) => addresses.length > 0 || recommendation.addresses.length === 0)
            .map(({ recommendation, addresses }) => ({ ...recommendation, addresses })),
        }),
    ...(parsed.revision.bibliography === undefined ? {} : { bibliography: [...(original.bibliography ?? []), ...parsed.revision.bibliography] }),
  };
  return parseInput(z.object({ framework: ReadinessFrameworkSchema }).strict(), { framework: revised }, 'revised framework').framework;
}
