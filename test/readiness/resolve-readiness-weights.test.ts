/**
 * resolveReadinessWeights (src/readiness/resolve-readiness-weights.ts): caller weights, checked.
 */
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/index.js';
import { raisedIssues } from '../support/errors.js';
import { AC07, AC2007, KF2008 } from './helpers.js';

describe('bad weights', () => {
  it('weights that are negative, not numbers, for an unknown factor, or that sum to zero', () => {
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: [], weights: { 'AC07.F1_BUDGETS': -1, 'AC07.F2_INFORMATION': '-0.5', 'AC07.F3_FREEDOM_SAVINGS': 'heavy' } }, { asOf: '2007-12-31' }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['weights.AC07.F1_BUDGETS', 'weights.AC07.F2_INFORMATION', 'weights.AC07.F3_FREEDOM_SAVINGS'],
      rules: ['readiness.weightNotNegative', 'readiness.weightNotNegative', 'invalid_format'],
    });
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: [], weights: Object.fromEntries(AC07.map((id) => [id, 0])) }, { asOf: '2007-12-31' }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['weights'],
      rules: ['readiness.weightsSumPositive'],
    });
    const objectivesZero = Object.fromEntries(KF2008.factors.filter((factor) => factor.role === 'outcome').map((factor) => [factor.id, '0.0']));
    expect(raisedIssues(() => assessReadiness({ framework: KF2008, evidence: [], weights: objectivesZero }, { asOf: '2008-11-20' }))).toMatchObject({ paths: ['weights'], rules: ['readiness.weightsSumPositive'] });
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: [{ factorId: 'NOPE', status: 'met' }], weights: { NOPE: 1 } }, { asOf: '2007-12-31' }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['evidence.0.factorId', 'weights.NOPE'],
      rules: ['readiness.knownFactor', 'readiness.knownFactor'],
    });
  });
});
