/**
 * reviseReadinessFramework (src/readiness/revise-readiness-framework.ts): replacing, removing, adding and renaming factors.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReadiness, reviseReadinessFramework } from '../../src/index.js';
import { expectOnlyPbcErrors, raisedIssues } from '../support/errors.js';
import { AC2006, AC2007 } from './helpers.js';

describe('reviseReadinessFramework: replacing the Audit Commission placeholders (governance fact sheet §1)', () => {
  const source = { id: 'ac-2006-full-pdf', title: 'Early lessons (full report)', publisher: 'Audit Commission', date: '2006', weight: 'primary' } as const;
  it('replaces a placeholder with the real question, its source and confidence; it is no longer a placeholder', () => {
    const revised = reviseReadinessFramework({ framework: AC2006, revision: {
      replace: {
        'AC06.Q.STR.P1': { label: 'Does the PCT publish its PBC plans in its prospectus?', sources: [source.id], confidence: 'confirmed', note: 'Question 4 of the checklist.' },
        'AC06.Q.STR.T1': { label: "Is PBC part of the PCT's commissioning strategy?", sources: [source.id], confidence: 'derived' },
      },
      bibliography: [source],
    } });
    expect(revised.factors.find((factor) => factor.id === 'AC06.Q.STR.T1')).not.toHaveProperty('note');
    const question = revised.factors.find((factor) => factor.id === 'AC06.Q.STR.P1');
    expect(question).toEqual({
      id: 'AC06.Q.STR.P1',
      kind: 'question',
      group: 'AC06.STRATEGY',
      scale: 'met-partial-not-met',
      label: 'Does the PCT publish its PBC plans in its prospectus?',
      sources: ['ac-2006-full-pdf'],
      confidence: 'confirmed',
      note: 'Question 4 of the checklist.',
    });
    expect(revised.factors.filter((factor) => factor.placeholder === true)).toHaveLength(31);
    expect(revised.bibliography).toEqual([source]);
    expect(AC2006.factors.find((factor) => factor.id === 'AC06.Q.STR.P1')?.placeholder).toBe(true);
    expect(assessReadiness({ framework: revised, evidence: [{ factorId: 'AC06.Q.STR.P1', status: 'met' }] }, { asOf: '2007-01-01' }).factors.find((factor) => factor.factorId === 'AC06.Q.STR.P1')?.sources).toEqual([
      'ac-2006-full-pdf',
    ]);
  });
  it('removes factors (and their recommendations when nothing is left to address), adds others, renames', () => {
    const revised = reviseReadinessFramework({ framework: AC2007, revision: {
      id: 'AC2007_LOCAL',
      title: 'Our reading of the five factors',
      remove: ['AC07.F5_SHARED_OWNERSHIP'],
      add: [{ id: 'LOCAL.LEADERSHIP', kind: 'factor', scale: 'met-partial-not-met', label: 'Clear and sustained leadership', sources: ['pulse-2007-pbc-failing'], confidence: 'derived' }],
    } });
    expect(revised.id).toBe('AC2007_LOCAL');
    expect(revised.title).toBe('Our reading of the five factors');
    expect(revised.factors.map((factor) => factor.id)).toEqual(['AC07.F1_BUDGETS', 'AC07.F2_INFORMATION', 'AC07.F3_FREEDOM_SAVINGS', 'AC07.F4_GOVERNANCE_COI', 'LOCAL.LEADERSHIP']);
    const ids = revised.recommendations?.map((recommendation) => recommendation.id);
    expect(ids).not.toContain('AC07.R.SHARED_OWNERSHIP');
    expect(ids).toContain('AC07.R.LEADERSHIP');
    const kept = reviseReadinessFramework({ framework: { ...AC2007, recommendations: undefined }, revision: { remove: ['AC07.F5_SHARED_OWNERSHIP'] } });
    expect(kept.recommendations).toBeUndefined();
  });
  it('refuses factors the framework lacks, and a revision that breaks the schema, naming the field', () => {
    expect(raisedIssues(() => reviseReadinessFramework({ framework: AC2007, revision: { replace: { NOPE: { label: 'x', sources: ['s'], confidence: 'confirmed' } }, remove: ['GONE'] } }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['revision.replace.NOPE', 'revision.remove.0'],
      rules: ['readiness.knownFactor', 'readiness.knownFactor'],
    });
    expect(raisedIssues(() => reviseReadinessFramework({ framework: AC2007, revision: { add: [{ ...AC2007.factors[0]! }] } }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['framework.factors.5.id'],
      rules: ['readiness.uniqueIds'],
    });
    expect(raisedIssues(() => reviseReadinessFramework({ framework: AC2007, revision: { replace: { 'AC07.F1_BUDGETS': { label: '' } as never } } })).paths).toEqual([
      'revision.replace.AC07.F1_BUDGETS.label',
      'revision.replace.AC07.F1_BUDGETS.sources',
      'revision.replace.AC07.F1_BUDGETS.confidence',
    ]);
  });
  it('property: any revision gives a result or a PbcError, never a crash', () => {
    fc.assert(
      fc.property(fc.anything(), (a) => expectOnlyPbcErrors(() => reviseReadinessFramework({ framework: AC2007, revision: a } as never))),
      { numRuns: 1000 },
    );
  });
});
