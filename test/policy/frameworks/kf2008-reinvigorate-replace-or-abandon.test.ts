/**
 * King's Fund 2008 (src/policy/frameworks/kf2008-reinvigorate-replace-or-abandon.ts).
 */
import { describe, expect, it } from 'vitest';
import {
kf2008ReinvigorateReplaceOrAbandon
} from '../../../src/policy/index.js';

describe("King's Fund 2008, Reinvigorate, replace or abandon? (§3; seed 001)", () => {
  const items = kf2008ReinvigorateReplaceOrAbandon.factors;
  it('has the seven factors influencing progress, each rated enabler / neutral / barrier', () => {
    const factors = items.filter((item) => item.kind === 'factor');
    expect(factors.map((factor) => factor.id)).toEqual([
      'KF08.F.ROLES_RESPONSIBILITIES',
      'KF08.F.CAPACITY_CAPABILITY',
      'KF08.F.DATA',
      'KF08.F.RELATIONSHIPS',
      'KF08.F.GOVERNANCE_ACCOUNTABILITY',
      'KF08.F.CONFLICTS_OF_INTEREST',
      'KF08.F.WIDER_CONTEXT',
    ]);
    expect(factors.every((factor) => factor.scale === 'enabler-neutral-barrier' && factor.role !== 'outcome')).toBe(true);
  });
  it('has the three lessons from fundholding and the three policy objectives, scored apart', () => {
    expect(items.filter((item) => item.kind === 'lesson').map((item) => item.id)).toEqual(['KF08.L.GP_ENGAGEMENT', 'KF08.L.REAL_BUDGETS', 'KF08.L.MANAGERIAL_CAPACITY']);
    const objectives = items.filter((item) => item.kind === 'objective');
    expect(objectives.map((item) => [item.id, item.role])).toEqual([
      ['KF08.OBJ.CLINICAL_ENGAGEMENT', 'outcome'],
      ['KF08.OBJ.BETTER_SERVICES', 'outcome'],
      ['KF08.OBJ.USE_OF_RESOURCES', 'outcome'],
    ]);
  });
  it('has the confirmed recommendations: real budgets for specific services, formal relationships, a fundamental reassessment', () => {
    const byId = new Map(kf2008ReinvigorateReplaceOrAbandon.recommendations?.map((recommendation) => [recommendation.id, recommendation]));
    expect(byId.get('KF08.R.REAL_BUDGETS')?.confidence).toBe('confirmed');
    expect(byId.get('KF08.R.FORMAL_RELATIONSHIPS')?.addresses).toEqual(['KF08.F.RELATIONSHIPS']);
    expect(byId.get('KF08.R.FUNDAMENTAL_REASSESSMENT')?.addresses).toEqual([]);
  });
});
