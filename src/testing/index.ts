/**
 * `practice-based-commissioning/testing`: tools for testing with the library — a seeded random
 * number generator (and, as the areas land, generators of realistic areas and the policy test kit).
 *
 * @module testing
 */
export { createSeededRandom, type SeededRandom } from './random.js';
