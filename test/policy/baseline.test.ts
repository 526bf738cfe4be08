/**
 * `buildPolicy` (src/policy/baseline.ts): a valid policy comes back whole and frozen; a refused one
 * names every duplicate and every validation finding, each as an issue with its own path, in order.
 */
import { describe, expect, it } from 'vitest';
import { baselinePolicy, buildPolicy } from '../../src/policy/index.js';
import { budgetParameters } from '../../src/policy/parameters/budgets.js';
import { conflictsParameters } from '../../src/policy/parameters/conflicts.js';
import { entitlementParameters } from '../../src/policy/parameters/entitlements.js';
import { incentiveParameters } from '../../src/policy/parameters/incentives.js';
import { readinessParameters } from '../../src/policy/parameters/readiness.js';
import { wccParameters } from '../../src/policy/parameters/wcc.js';
import { budgetsSources } from '../../src/policy/sources/budgets.js';
import { conflictsSources } from '../../src/policy/sources/conflicts.js';
import { coreSources } from '../../src/policy/sources/core.js';
import { incentivesSources } from '../../src/policy/sources/incentives.js';
import { readinessSources } from '../../src/policy/sources/readiness.js';
import { wccSources } from '../../src/policy/sources/wcc.js';
import { pbcError } from '../support/errors.js';

const source = { id: 'me', title: 'My note', publisher: 'Me', date: '2026', weight: 'context' as const };
const rate = { id: 'x.rate', label: 'A rate', unit: 'ratio' as const, values: [{ from: '2006-04-01', value: '0.5', sources: ['me'], confidence: 'unconfirmed' as const }] };

describe('buildPolicy: the issues of a refused policy', () => {
  it('a parameter defined twice is one issue at parameters.<id>; a source defined twice, one at sources.<id>', () => {
    const error = pbcError(() => buildPolicy({ id: 'twice', label: 'Twice', sources: [source, source], parameters: [rate, rate] }), 'INVALID_POLICY');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['parameters', 'x.rate'],
      ['sources', 'me'],
    ]);
  });

  it('a parameter citing an unknown source is refused with the validation finding at parameters.<id>, its code first', () => {
    const error = pbcError(() => buildPolicy({ id: 'unsourced', label: 'Unsourced', sources: [], parameters: [rate] }), 'INVALID_POLICY');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual(['parameters', 'x.rate']);
    expect(error.issues[0]?.message).toMatch(/^UNKNOWN_SOURCE: /);
  });

  it('a source id every object inherits ("constructor") is an ordinary id', () => {
    const policy = buildPolicy({
      id: 'inherited',
      label: 'Inherited names',
      sources: [{ ...source, id: 'constructor' }],
      parameters: [{ ...rate, values: [{ ...rate.values[0]!, sources: ['constructor'] }] }],
    });
    expect(Object.keys(policy.sources)).toEqual(['constructor']);
    expect(policy.sources['constructor']?.title).toBe('My note');
  });

  it('a valid policy comes back whole and frozen', () => {
    const policy = buildPolicy({ id: 'ok', label: 'OK', sources: [source], parameters: [rate] });
    expect(policy.parameters['x.rate']?.values[0]?.value).toBe('0.5');
    expect(Object.isFrozen(policy.parameters)).toBe(true);
    expect(Object.isFrozen(policy.sources)).toBe(true);
  });
});

describe('baselinePolicy: assembled at load without the checks, equal to what buildPolicy builds with them', () => {
  it('is exactly buildPolicy of the same lists (so every parameter and source is valid, and none is defined twice)', () => {
    const parameters = [...incentiveParameters, ...budgetParameters, ...entitlementParameters, ...conflictsParameters, ...readinessParameters, ...wccParameters];
    const allSources = [...coreSources, ...budgetsSources, ...incentivesSources, ...conflictsSources, ...readinessSources, ...wccSources];
    const checked = buildPolicy({ id: baselinePolicy.id, label: baselinePolicy.label, parameters, sources: allSources });
    expect(baselinePolicy).toStrictEqual(checked);
    expect(Object.keys(baselinePolicy.parameters)).toEqual(Object.keys(checked.parameters));
    expect(Object.keys(baselinePolicy.sources)).toEqual(Object.keys(checked.sources));
    expect(Object.isFrozen(baselinePolicy.parameters['fur.practiceShare']?.values[0])).toBe(true);
  });
});
