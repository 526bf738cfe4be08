/**
 * checkFrameworkReferences (src/readiness/check-framework-references.ts): a framework may cite only the policy's sources and parameters, or its own bibliography.
 */
import { callerFramework } from './helpers.js';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/index.js';
import { readinessFrameworks } from '../../src/policy/index.js';
import { pbcError, raisedIssues } from '../support/errors.js';

describe("a caller's own framework", () => {
  const mine = callerFramework;

  it('refuses a source or a parameter the policy lacks, naming the field', () => {
    const { bibliography: _omitted, ...unsourced } = mine;
    expect(raisedIssues(() => assessReadiness({ framework: unsourced, evidence: [] }, { asOf: '2008-06-01' })).paths).toEqual([
      'framework.sources.0',
      'framework.factors.0.sources.0',
      'framework.factors.1.sources.0',
      'framework.rating.bands.0.sources.0',
      'framework.rating.bands.1.sources.0',
    ]);
    const unknownParameter = { ...mine, rating: { ...mine.rating, bands: [{ ...mine.rating.bands[0]!, threshold: { parameter: 'my.threshold' } }, mine.rating.bands[1]!] }, inForceParameter: 'my.inForce', targetDateParameter: 'my.target' };
    expect(raisedIssues(() => assessReadiness({ framework: unknownParameter, evidence: [] }, { asOf: '2008-06-01' }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['framework.rating.bands.0.threshold.parameter', 'framework.inForceParameter', 'framework.targetDateParameter'],
      rules: ['readiness.knownParameter', 'readiness.knownParameter', 'readiness.knownParameter'],
    });
  });
});

describe('a framework may cite only known sources, wherever the citation is', () => {
  const framework = readinessFrameworks.AC2006;
  const addUnknown = <T extends { sources: readonly string[] }>(items: readonly T[] | undefined): T[] => (items ?? []).slice(0, 1).map((item) => ({ ...item, sources: ['no-such-source'] }));
  it('unknown sources in groups, recommendations, risks and context are each named by path, with readiness.knownSource', () => {
    const broken = {
      ...framework,
      groups: [...addUnknown(framework.groups), ...(framework.groups ?? []).slice(1)],
      recommendations: [...addUnknown(framework.recommendations), ...(framework.recommendations ?? []).slice(1)],
      risks: [...addUnknown(framework.risks), ...(framework.risks ?? []).slice(1)],
      context: [...addUnknown(framework.context), ...(framework.context ?? []).slice(1)],
    };
    const error = pbcError(() => assessReadiness({ framework: broken, evidence: [] }, { asOf: '2006-12-01' }), 'INVALID_INPUT');
    expect(error.issues).toEqual(
      ['groups', 'recommendations', 'risks', 'context'].map((part) => ({
        path: ['framework', part, 0, 'sources', 0],
        message: 'unknown source "no-such-source": add it to the policy or to the framework\'s bibliography',
        rule: 'readiness.knownSource',
      })),
    );
  });
});
