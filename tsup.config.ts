import { defineConfig } from 'tsup';

/** One entry per public subpath; see the `exports` map in package.json. */
export const entries = {
  index: 'src/index.ts',
  budgets: 'src/budgets/index.ts',
  incentives: 'src/incentives/index.ts',
  conflicts: 'src/conflicts/index.ts',
  readiness: 'src/readiness/index.ts',
  scenario: 'src/scenario/index.ts',
  sensitivity: 'src/sensitivity/index.ts',
  charts: 'src/charts/index.ts',
  policy: 'src/policy/index.ts',
  schemas: 'src/schemas/index.ts',
  testing: 'src/testing/index.ts',
  core: 'src/core/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.src.json',
});
