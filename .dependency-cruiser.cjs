/**
 * The import graph of src/, as rules (dependency-cruiser 16). `npx depcruise src` checks them from
 * the command line; test/architecture.test.ts runs the same cruise through the JavaScript API, so
 * `npm test` fails on a violation.
 *
 * The layers, bottom up (an arrow only ever points down or sideways within a folder):
 *
 *   core        money, calendar, identifiers, errors, validation, dated parameters, explanations;
 *               knows nothing of PBC and imports nothing outside core
 *   policy      the law as data (parameters, sources, catalogues, datasets, frameworks, reforms);
 *               imports core only
 *   governance  rules shared by more than one area (the eight-week business-case decision);
 *               imports core and policy
 *   budgets, incentives, conflicts, readiness
 *               the four areas, side by side: each imports core, policy and governance, never
 *               another area nor anything above
 *   scenario    composes the areas (evaluateArea, compareScenarios)
 *   sensitivity re-runs scenario evaluations (or any function of the policy) under each alternative
 *               of the disputed and unconfirmed parameters; imports scenario's public index only
 *   charts      charts of the areas' results
 *   testing     the test kit and the synthetic generator; may use everything below it
 *   schemas     the ./schemas entry point, gathering every area's schemas (the top)
 *   index.ts    the root barrel; nothing imports it
 *
 * No exception is needed today: no area imports another area, even for a type. Type-only imports
 * count (tsPreCompilationDeps), so a circle made of types is a circle too.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
const AREAS = '(budgets|incentives|conflicts|readiness)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'The source tree has no import circles (not even through type-only imports).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'src/core knows nothing of PBC: it imports nothing else from src/.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'policy-imports-only-core',
      severity: 'error',
      comment: 'src/policy is the law as data: it imports src/core and itself only, never an area or a layer above.',
      from: { path: '^src/policy/' },
      to: { path: '^src/', pathNot: '^src/(core|policy)/' },
    },
    {
      name: 'governance-imports-only-core-and-policy',
      severity: 'error',
      comment: 'src/governance holds rules shared by areas; it sits below them and imports only core and policy.',
      from: { path: '^src/governance/' },
      to: { path: '^src/', pathNot: '^src/(core|policy|governance)/' },
    },
    {
      name: 'area-imports-no-other-area',
      severity: 'error',
      comment: 'An area (budgets, incentives, conflicts, readiness) imports core, policy, governance and itself only: never another area, scenario, charts, testing or schemas.',
      from: { path: `^src/${AREAS}/` },
      to: { path: '^src/', pathNot: '^src/(core|policy|governance|$1)/' },
    },
    {
      name: 'scenario-imports-only-below',
      severity: 'error',
      comment: 'src/scenario composes the areas; it does not import sensitivity, charts, testing, schemas or the root barrel.',
      from: { path: '^src/scenario/' },
      to: { path: '^src/(sensitivity|charts|testing|schemas)/' },
    },
    {
      name: 'sensitivity-imports-only-below',
      severity: 'error',
      comment: 'src/sensitivity sits above scenario: it uses evaluateArea through src/scenario/index.ts only, and does not import charts, testing or schemas.',
      from: { path: '^src/sensitivity/' },
      to: { path: '^src/(charts|testing|schemas)/|^src/scenario/(?!index\\.ts$)' },
    },
    {
      name: 'charts-imports-only-below',
      severity: 'error',
      comment: 'src/charts draws the areas\' results; it does not import scenario, sensitivity, testing or schemas.',
      from: { path: '^src/charts/' },
      to: { path: '^src/(scenario|sensitivity|testing|schemas)/' },
    },
    {
      name: 'testing-is-imported-only-by-schemas',
      severity: 'error',
      comment: 'The test kit sits above the library: only the ./schemas entry point (which gathers its schemas) imports it.',
      from: { path: '^src/', pathNot: '^src/(testing|schemas)/' },
      to: { path: '^src/testing/' },
    },
    {
      name: 'schemas-is-the-top',
      severity: 'error',
      comment: 'src/schemas is the ./schemas entry point; nothing in src/ imports it.',
      from: { path: '^src/', pathNot: '^src/schemas/' },
      to: { path: '^src/schemas/' },
    },
    {
      name: 'no-import-of-the-root-barrel',
      severity: 'error',
      comment: 'src/index.ts is the root entry point; a module importing it would import everything.',
      from: { path: '^src/' },
      to: { path: '^src/index\\.ts$' },
    },
    {
      name: 'src-no-node-builtins',
      severity: 'error',
      comment: 'src/ is pure and runs anywhere: no Node built-in modules.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'src-only-runtime-dependencies',
      severity: 'error',
      comment: 'src/ imports only the packages in "dependencies" (date-fns, decimal.js, zod), never a dev dependency or an undeclared one.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.src.json' },
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
