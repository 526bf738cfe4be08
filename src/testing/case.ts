/**
 * A policy case: a named, sourced statement of what a rule must give for given inputs, as data.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateTextSchema } from '../core/calendar.js';
import { ReformSchema } from '../core/policy-model/schemas.js';

const JsonSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonSchema), z.record(z.string(), JsonSchema)]),
);

/**
 * The zod schema for a policy case (also shipped as the JSON Schema `PolicyCase.json`).
 *
 * - `name`: the rule stated in plain English, e.g. "a practice of 6,000 patients that met its
 *   objectives with £2,000 of freed-up resources gets a C2 top-up of £3,700".
 * - `entryPoint`: which rule or entry point to run (see `policyEntryPoints`).
 * - `asOf`: the date the rule is applied as of.
 * - `input`: the entry point's input, as JSON (money in integer pence).
 * - `expected`: the outputs that must match **exactly** (no tolerance); only the fields given are
 *   compared, recursively; arrays must match in length and element by element.
 * - `expectedError`: instead of `expected`, the `PbcError` code the case must raise.
 * - `reform`: an optional inline reform applied to the policy for this case only.
 * - `source`: where the case comes from (a source id, URL or citation).
 *
 * @category Testing
 * @example
 * ```ts
 * import { PolicyCaseSchema } from 'practice-based-commissioning/schemas';
 * PolicyCaseSchema.parse({
 *   name: 'the DES component 2 rate is 95p per patient in 2006/07',
 *   entryPoint: 'parameterAt', asOf: '2007-03-31',
 *   input: { id: 'des.c2.ratePerPatient' }, expected: { value: 95 },
 *   source: 'bma-tpbc-des-c2',
 * });
 * ```
 */
export const PolicyCaseSchema = z
  .object({
    name: z.string().min(1).meta({ description: 'The rule the case pins down, stated in plain English.' }),
    entryPoint: z.string().min(1).meta({ description: 'The rule or entry point to run, e.g. towardsPbcDesPayment.' }),
    asOf: IsoDateTextSchema.meta({ description: 'The date the rule is applied as of (YYYY-MM-DD).' }),
    input: JsonSchema.meta({ description: "The entry point's input as JSON; money in integer pence." }),
    expected: JsonSchema.optional().meta({ description: 'Outputs that must match exactly; only the fields given are compared.' }),
    expectedError: z
      .object({ code: z.string().min(1), path: z.array(z.union([z.string(), z.number()])).optional() })
      .strict()
      .optional()
      .meta({ description: 'The PbcError code (and optionally the issue path) the case must raise instead of a result.' }),
    reform: ReformSchema.optional().meta({ description: 'A reform applied to the policy for this case only.' }),
    source: z.string().min(1).meta({ description: 'Where the case comes from: a source id, URL or citation.' }),
    tags: z.array(z.string()).optional(),
  })
  .strict()
  .refine((value) => (value.expected === undefined) !== (value.expectedError === undefined), {
    message: 'a case gives exactly one of `expected` or `expectedError`',
    path: ['expected'],
  });

/**
 * A policy case; see {@link PolicyCaseSchema}.
 *
 * @category Testing
 * @example
 * ```ts
 * import type { PolicyCase } from 'practice-based-commissioning/testing';
 * const rate: PolicyCase = {
 *   name: 'the DES component 2 rate is 95p per patient in 2006/07',
 *   entryPoint: 'parameterAt', asOf: '2007-03-31', input: { id: 'des.c2.ratePerPatient' },
 *   expected: { value: 95 }, source: 'bma-tpbc-des-c2',
 * };
 * ```
 */
export type PolicyCase = z.infer<typeof PolicyCaseSchema>;
