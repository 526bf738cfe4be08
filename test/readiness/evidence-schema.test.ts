/**
 * The readiness input schema (src/readiness/evidence-schema.ts): dates that do not parse are refused, naming the field.
 */
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/index.js';
import { raisedIssues } from '../support/errors.js';
import { AC2007 } from './helpers.js';

describe('dates', () => {
  it('evidence and asOf dates that do not parse are refused, naming the field', () => {
    const error = raisedIssues(() => assessReadiness({ framework: AC2007, evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'met', observedOn: '1/4/2007' }] }, { asOf: '2007-02-28' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect([...new Set(error.paths)]).toEqual(['evidence.0.observedOn']);
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: [] }, { asOf: '2007-02-29' }))).toMatchObject({ code: 'INVALID_DATE', paths: ['asOf'] });
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: [] }, {} as never))).toMatchObject({ code: 'MISSING_INPUT', paths: ['asOf'] });
  });
});
