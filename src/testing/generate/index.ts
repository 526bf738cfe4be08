/**
 * Seeded, deterministic generators of realistic synthetic areas, up to all of England.
 *
 * @module
 */
export {};
