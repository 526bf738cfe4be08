import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

// The import graph of src/ against the rules in .dependency-cruiser.cjs (the layers: core, policy,
// governance, the four areas side by side, scenario, charts, testing, schemas; no circles). The
// same check as `npx depcruise src`, run here so that `npm test` enforces it.
const root = new URL('..', import.meta.url).pathname;

async function cruiseSource(): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(`${root}.dependency-cruiser.cjs`);
  const { output } = await cruise(['src'], { ...options, baseDir: root }, undefined, { tsConfig: extractTSConfig(`${root}tsconfig.src.json`) });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text, not a cruise result');
  return output;
}

describe('architecture: the import graph of src/', () => {
  it('keeps every layering rule and has no import circle', async () => {
    const result = await cruiseSource();
    const rules = (result.summary.ruleSetUsed?.forbidden ?? []).map((rule) => rule.name);
    expect(rules).toEqual(
      expect.arrayContaining(['no-circular', 'core-imports-only-core', 'policy-imports-only-core', 'area-imports-no-other-area', 'scenario-imports-only-below', 'charts-imports-only-below']),
    );

    // The cruise saw the whole tree and resolved its imports (so a violation could not hide).
    const modules = new Map(result.modules.map((module) => [module.source, module]));
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    for (const path of ['src/index.ts', 'src/policy/index.ts', 'src/policy/frameworks/index.ts', 'src/budgets/model.ts', 'src/budgets/internal.ts']) {
      expect(modules.has(path), path).toBe(true);
    }
    const resolved = (path: string) => (modules.get(path)?.dependencies ?? []).map((dependency) => dependency.resolved);
    expect(resolved('src/policy/index.ts')).toEqual(expect.arrayContaining(['src/policy/baseline.ts', 'src/policy/frameworks/index.ts']));
    expect(result.modules.flatMap((module) => module.dependencies).filter((dependency) => dependency.couldNotResolve)).toEqual([]);

    const violations = result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}${violation.cycle ? ` (${violation.cycle.map((step) => step.name).join(' → ')})` : ''}`);
    expect(violations).toEqual([]);
    expect(result.summary.error).toBe(0);
  }, 60_000);
});

describe('architecture: the test files', () => {
  // vitest.config.ts runs the files without isolation (one module cache per worker): a test file
  // that another imports would register its tests only in the first, so no test file exports.
  it('export nothing, so that no test file is imported by another', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync(`${root}test`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(150);
    const exporting = files.filter((file) => /^export\s/m.test(readFileSync(`${root}test/${file}`, 'utf8')));
    expect(exporting).toEqual([]);
  });
});
