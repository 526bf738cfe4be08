/**
 * A small seeded pseudo-random generator (mulberry32), so generated test data is the same for the
 * same seed on every machine. Not for cryptography.
 *
 * @module
 */
import { PbcError } from '../core/errors.js';

/**
 * A deterministic source of pseudo-random numbers.
 *
 * @category Testing
 * @example
 * ```ts
 * import { createSeededRandom } from 'practice-based-commissioning/testing';
 * const random = createSeededRandom(42);
 * random.next() >= 0 && random.next() < 1; //=> true
 * ```
 */
export interface SeededRandom {
  /** The next number in [0, 1). */
  next(): number;
  /** The next whole number in [min, max] inclusive. */
  integer(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Creates a seeded generator: the same seed always gives the same sequence, on every platform.
 *
 * @param seed - any safe integer
 * @returns a {@link SeededRandom}
 * @throws PbcError `INVALID_INPUT` for a seed that is not a safe integer
 * @category Testing
 * @example
 * ```ts
 * import { createSeededRandom } from 'practice-based-commissioning/testing';
 * const a = createSeededRandom(7);
 * const b = createSeededRandom(7);
 * a.integer(1, 6) === b.integer(1, 6); //=> true
 * ```
 */
export function createSeededRandom(seed: number): SeededRandom {
  if (!Number.isSafeInteger(seed)) {
    const shown = typeof seed === 'number' ? String(seed) : `a ${typeof seed}`;
    throw new PbcError('INVALID_INPUT', `seed must be a safe integer, got ${shown}`, { issues: [{ path: ['seed'], message: 'must be a safe integer' }] });
  }
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    integer(min, max) {
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
        throw new PbcError('INVALID_INPUT', `integer(min, max) needs whole numbers with min <= max, got ${min}, ${max}`);
      }
      return min + Math.floor(next() * (max - min + 1));
    },
    pick(items) {
      if (items.length === 0) throw new PbcError('INVALID_INPUT', 'pick needs a non-empty list');
      // Index is within bounds: next() < 1.
      return items[Math.floor(next() * items.length)]!;
    },
  };
}
