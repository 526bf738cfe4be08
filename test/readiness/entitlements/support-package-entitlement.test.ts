/**
 * entitlements.supportPackage (src/readiness/entitlements/support-package-entitlement.ts): designated support and a development plan.
 */
import { describe, expect, it } from 'vitest';
import { checkEntitlements } from '../../../src/index.js';
import { practice } from '../helpers.js';

describe('entitlements.supportPackage', () => {
  it('the support package needs designated support and a development plan', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', support: { designatedSupport: false, developmentPlan: true } }, { asOf: '2009-06-30' });
    expect(check.findings.filter((finding) => finding.rule === 'entitlements.supportPackage').map((finding) => [finding.subject?.id, finding.code, finding.outcome, finding.message])).toEqual([
      ['designatedSupport', 'SUPPORT_ELEMENT_MISSING', 'breach', 'Missing: designated support from PCT staff or external partners. Take it to the SHA.'],
      ['developmentPlan', 'SUPPORT_ELEMENT_IN_PLACE', 'compliant', 'In place: a plan for how the PCT will meet PBC development needs.'],
    ]);
  });
});
