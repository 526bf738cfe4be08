/**
 * Seeded, deterministic generators of realistic synthetic areas, up to all of England.
 *
 * @module
 */
export { generateArea, generatedEnglandPctCodes, GenerateAreaOptionsSchema, type GenerateAreaOptions } from './generate-area.js';
export { fingerprintArea } from './fingerprint-area.js';
