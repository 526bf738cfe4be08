/**
 * The conflicts area's public zod schemas. Re-exported by `src/schemas/index.ts`.
 *
 * @module
 */
export {};
