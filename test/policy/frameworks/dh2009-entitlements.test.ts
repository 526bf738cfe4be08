/**
 * DH 2009 entitlements as a framework (src/policy/frameworks/dh2009-entitlements.ts).
 */
import { describe, expect, it } from 'vitest';
import {
dh2009Entitlements
} from '../../../src/policy/index.js';

describe('DH 2009 entitlements', () => {
  it('entitlements: four dated entitlements, in force by the parameter entitlements.inForce', () => {
    expect(dh2009Entitlements.factors.map((factor) => factor.id)).toEqual(['ENT.BUDGET_BY_1_MAY', 'ENT.BUSINESS_CASE_8_WEEKS', 'ENT.DATA', 'ENT.SUPPORT_PACKAGE']);
    expect(dh2009Entitlements.inForceParameter).toBe('entitlements.inForce');
  });
});
