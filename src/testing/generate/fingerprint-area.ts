/**
 * A short, stable fingerprint of any JSON data — a generated area, say — for checking that the same
 * seed gives the same area on every machine.
 *
 * @module
 */

/**
 * A stable 64-bit fingerprint (two FNV-1a hashes, as sixteen hex digits) of data's JSON text. Equal
 * data built in the same key order gives the same fingerprint on every platform; it is for
 * detecting change, not for security.
 *
 * @param data - any JSON-serialisable value
 * @returns sixteen lower-case hex digits
 * @category Testing
 * @example
 * ```ts
 * import { fingerprintArea, generateArea } from 'practice-based-commissioning/testing';
 * const a = generateArea({ seed: 7, scope: { pct: '5A0' }, financialYear: '2007/08' });
 * const b = generateArea({ seed: 7, scope: { pct: '5A0' }, financialYear: '2007/08' });
 * fingerprintArea(a) === fingerprintArea(b); //=> true
 * fingerprintArea({ x: 1 }).length;          //=> 16
 * ```
 */
export function fingerprintArea(data: unknown): string {
  const text = JSON.stringify(data) ?? 'undefined';
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 13);
  }
  const hex = (value: number): string => (value >>> 0).toString(16).padStart(8, '0');
  return `${hex(first)}${hex(second)}`;
}
