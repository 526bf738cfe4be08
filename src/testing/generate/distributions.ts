/**
 * Seeded distributions for the area generator: normal (Box–Muller), lognormal, weighted whole-number
 * splits, chances and dates — all drawn from a {@link SeededRandom}, never `Math.random`.
 *
 * @module
 */
import { addDays, daysBetween } from '../../core/calendar.js';
import type { SeededRandom } from '../random.js';

/** A standard normal deviate by the Box–Muller transform (the cosine half; the sine is not kept). @internal */
export function standardNormal(random: SeededRandom): number {
  // 1 − next() lies in (0, 1], so the logarithm is finite.
  const radius = Math.sqrt(-2 * Math.log(1 - random.next()));
  return radius * Math.cos(2 * Math.PI * random.next());
}

/** A lognormal deviate: exp(mu + sigma × a standard normal). Its median is exp(mu). @internal */
export function lognormal(random: SeededRandom, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * standardNormal(random));
}

/** A normal deviate with a mean and a standard deviation. @internal */
export function normal(random: SeededRandom, mean: number, deviation: number): number {
  return mean + deviation * standardNormal(random);
}

/** True with probability `p`. @internal */
export function chance(random: SeededRandom, p: number): boolean {
  return random.next() < p;
}

/**
 * Splits a whole number into whole parts proportional to positive weights, each at least `minimum`,
 * summing to the total exactly (largest remainder; ties to the earlier part). @internal
 */
export function splitWhole(total: number, weights: readonly number[], minimum = 0): number[] {
  const spare = total - minimum * weights.length;
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (spare * weight) / weightTotal);
  const parts = exact.map((share) => Math.floor(share));
  let left = spare - parts.reduce((sum, part) => sum + part, 0);
  const order = exact.map((share, index) => ({ index, remainder: share - Math.floor(share) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left -= 1) {
    // order has one entry per part.
    parts[order[i]!.index]! += 1;
  }
  return parts.map((part) => part + minimum);
}

/** A day between two ISO dates inclusive, uniformly. @internal */
export function dateBetween(random: SeededRandom, from: string, to: string): string {
  return addDays(from, random.integer(0, Math.max(0, daysBetween(from, to))));
}

/** A 32-bit seed for a sub-stream, mixed from a seed and a salt, so each PCT's data is drawn on its own. @internal */
export function subSeed(seed: number, salt: number): number {
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  let h = Math.imul(low ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(high + 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ Math.imul(salt + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 13), 0x297a2d39);
  return (h ^ (h >>> 16)) >>> 0;
}
