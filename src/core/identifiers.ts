/**
 * NHS organisation codes (ODS): practices, PCTs and SHAs.
 *
 * @module
 */
import { z } from 'zod';
import { printable, fieldError, fieldName } from './errors.js';

/**
 * The zod schema for a GP practice's ODS code: one upper-case letter and five digits (`A81001`).
 *
 * @category Identifiers
 * @example
 * ```ts
 * import { PracticeCodeSchema } from 'practice-based-commissioning/schemas';
 * PracticeCodeSchema.safeParse('A81001').success; //=> true
 * PracticeCodeSchema.safeParse('a81001').success; //=> false
 * ```
 */
export const PracticeCodeSchema = z
  .string({ error: 'must be a practice ODS code: one upper-case letter and five digits, e.g. A81001' })
  .regex(/^[A-Z]\d{5}$/, { message: 'must be a practice ODS code: one upper-case letter and five digits, e.g. A81001' })
  .brand<'PracticeCode'>()
  .meta({ description: "A GP practice's ODS code: one upper-case letter and five digits, e.g. A81001." });

/**
 * A GP practice's ODS code.
 *
 * @category Identifiers
 * @example
 * ```ts
 * import { type PracticeCode } from 'practice-based-commissioning';
 * import { parsePracticeCode } from 'practice-based-commissioning/core';
 * const practice: PracticeCode = parsePracticeCode('A81001');
 * ```
 */
export type PracticeCode = z.infer<typeof PracticeCodeSchema>;

/**
 * The zod schema for a PCT or SHA code: three upper-case letters or digits (`5QJ`, `Q30`).
 *
 * @category Identifiers
 * @example
 * ```ts
 * import { PctCodeSchema } from 'practice-based-commissioning/schemas';
 * PctCodeSchema.safeParse('5QJ').success; //=> true
 * ```
 */
export const PctCodeSchema = z
  .string({ error: 'must be a PCT code: three upper-case letters or digits, e.g. 5QJ' })
  .regex(/^[A-Z0-9]{3}$/, { message: 'must be a PCT code: three upper-case letters or digits, e.g. 5QJ' })
  .brand<'PctCode'>()
  .meta({ description: 'A Primary Care Trust ODS code: three upper-case letters or digits, e.g. 5QJ.' });

/**
 * A Primary Care Trust's ODS code.
 *
 * @category Identifiers
 * @example
 * ```ts
 * import { type PctCode } from 'practice-based-commissioning';
 * import { parsePctCode } from 'practice-based-commissioning/core';
 * const pct: PctCode = parsePctCode('5QJ');
 * ```
 */
export type PctCode = z.infer<typeof PctCodeSchema>;

/**
 * The zod schema for an SHA code: three upper-case letters or digits (`Q30`).
 *
 * @category Identifiers
 * @example
 * ```ts
 * import { ShaCodeSchema } from 'practice-based-commissioning/schemas';
 * ShaCodeSchema.safeParse('Q30').success; //=> true
 * ```
 */
export const ShaCodeSchema = z
  .string({ error: 'must be an SHA code: three upper-case letters or digits, e.g. Q30' })
  .regex(/^[A-Z0-9]{3}$/, { message: 'must be an SHA code: three upper-case letters or digits, e.g. Q30' })
  .brand<'ShaCode'>()
  .meta({ description: 'A Strategic Health Authority ODS code: three upper-case letters or digits, e.g. Q30.' });

/**
 * A Strategic Health Authority's ODS code.
 *
 * @category Identifiers
 * @example
 * ```ts
 * import { type ShaCode } from 'practice-based-commissioning';
 * import { parseShaCode } from 'practice-based-commissioning/core';
 * const sha: ShaCode = parseShaCode('Q30');
 * ```
 */
export type ShaCode = z.infer<typeof ShaCodeSchema>;

function parseCode<S extends z.ZodType>(schema: S, text: unknown, field: string): z.output<S> {
  const result = schema.safeParse(text);
  if (!result.success) {
    throw fieldError('INVALID_IDENTIFIER', [field], `${printable(text)}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  }
  return result.data;
}

/**
 * Checks and brands a practice ODS code.
 *
 * @param text - the candidate code
 * @param field - the field name to report in an error (default `'practiceCode'`)
 * @throws PbcError `INVALID_IDENTIFIER` naming the field
 * @category Identifiers
 * @example
 * ```ts
 * import { parsePracticeCode } from 'practice-based-commissioning/core';
 * parsePracticeCode('A81001'); //=> 'A81001'
 * parsePracticeCode('A8100');  // throws PbcError INVALID_IDENTIFIER
 * ```
 */
export function parsePracticeCode(text: unknown, field = 'practiceCode'): PracticeCode {
  return parseCode(PracticeCodeSchema, text, fieldName(field, 'practiceCode'));
}

/**
 * Checks and brands a PCT code.
 *
 * @throws PbcError `INVALID_IDENTIFIER` naming the field
 * @category Identifiers
 * @example
 * ```ts
 * import { parsePctCode } from 'practice-based-commissioning/core';
 * parsePctCode('5QJ'); //=> '5QJ'
 * parsePctCode('5qj'); // throws PbcError INVALID_IDENTIFIER
 * ```
 */
export function parsePctCode(text: unknown, field = 'pctCode'): PctCode {
  return parseCode(PctCodeSchema, text, fieldName(field, 'pctCode'));
}

/**
 * Checks and brands an SHA code.
 *
 * @throws PbcError `INVALID_IDENTIFIER` naming the field
 * @category Identifiers
 * @example
 * ```ts
 * import { parseShaCode } from 'practice-based-commissioning/core';
 * parseShaCode('Q30'); //=> 'Q30'
 * ```
 */
export function parseShaCode(text: unknown, field = 'shaCode'): ShaCode {
  return parseCode(ShaCodeSchema, text, fieldName(field, 'shaCode'));
}
