/**
 * The specification of `src/incentives/estimate-national-incentive-spend.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderExplanation } from '../../src/index.js';
import { estimateNationalIncentiveSpend, type EstimateNationalIncentiveSpendInput } from '../../src/incentives/index.js';
import { auditCommissionIncentiveSpend2006 } from '../../src/policy/index.js';
import { pbcError } from '../support/errors.js';
import { reformed } from './helpers.js';

describe("the national estimate against the Audit Commission's £98m for 2006/07 (King's Fund press release, note 4)", () => {
  it("defaults: England's registered population (derived) and DH's 96% uptake → £96.1m, half for each component, 1.9% under £98m", () => {
    const estimate = estimateNationalIncentiveSpend({ basis: 'population' });
    expect(estimate).toMatchObject({
      financialYear: '2006/07',
      basis: 'population',
      patientsComponent1: 50_598_000,
      patientsComponent2: 50_598_000,
      component1: 4_806_810_000,
      component2: 4_806_810_000,
      total: 9_613_620_000,
      component1Share: '0.5000',
      reference: 9_800_000_000,
      referenceSource: 'kf-2008-press-release',
      difference: -186_380_000,
      ratioToReference: '0.9810',
    });
    expect(estimate.reasons[0]).toBe("The estimate is £1,863,800.00 (1.9%) below the Audit Commission's £98,000,000.00 for 2006/07.");
    expect(estimate.reasons).toHaveLength(6);
    expect(estimate.reasons.join(' ')).toContain('upper bound');
  });
  it('everyone on both components: £100.1m, 2.2% over — £98m lies between the two', () => {
    const estimate = estimateNationalIncentiveSpend({ basis: 'population', component1Uptake: 1, component2Uptake: '1' });
    expect(estimate.total).toBe(10_014_187_500);
    expect(estimate.reasons[0]).toBe("The estimate is £2,141,875.00 (2.2%) above the Audit Commission's £98,000,000.00 for 2006/07.");
    expect(estimate.reasons.join(' ')).not.toContain('upper bound');
  });
  it('a population and uptakes of the caller’s own, with freed-up resources replacing part of component 2', () => {
    const estimate = estimateNationalIncentiveSpend({ basis: 'population', registeredPatients: 1_000_000, component1Uptake: '0.5', component2Uptake: '0.25', freedUpResourcesOffset: 100_000 });
    expect(estimate).toMatchObject({ component1: 47_500_000, component2: 23_650_000, total: 71_150_000 });
    expect(estimate.reasons.join(' ')).not.toContain('derived');
    expect(estimateNationalIncentiveSpend({ basis: 'population', registeredPatients: 10, freedUpResourcesOffset: 1_000_000 }).component2).toBe(0);
  });
  it('an estimate landing exactly on £98m says so', () => {
    // 95p × 51,578,948 + (95p × 51,578,947 − 25p) = £98,000,000.00 exactly.
    const exact = estimateNationalIncentiveSpend({
      basis: 'practices',
      practices: [{ listSize: 51_578_948, listSizeAtComponent2Date: 51_578_947, component1: true, component2: true, freedUpResourcesAccessible: 25 }],
    });
    expect(exact).toMatchObject({ total: 9_800_000_000, difference: 0, ratioToReference: '1.0000' });
    expect(exact.reasons[0]).toBe("The estimate equals the Audit Commission's £98,000,000.00.");
  });
  it('nothing paid: a zero total and a zero share, not a division by zero', () => {
    const nothing = estimateNationalIncentiveSpend({ basis: 'practices', practices: [{ listSize: 0, component1: false, component2: true }] });
    expect(nothing).toMatchObject({ total: 0, component1Share: '0.0000', ratioToReference: '0.0000' });
  });
  it('practice by practice: 95p a head for signing up, and SFE 7A.12 for component 2', () => {
    const estimate = estimateNationalIncentiveSpend({
      basis: 'practices',
      practices: [
        { practiceCode: 'Z90002', listSize: 5950, listSizeAtComponent2Date: 6000, component1: true, component2: true, freedUpResourcesAccessible: 200_000 },
        { listSize: 11_250, component1: true, component2: true, freedUpResourcesAccessible: 1_500_000 },
        { listSize: 3180, component1: false, component2: false },
        { listSize: 8420, component1: true, component2: true },
      ],
    });
    expect(estimate).toMatchObject({
      component1: 565_250 + 1_068_750 + 799_900,
      component2: 370_000 + 0 + 799_900,
      patientsComponent1: 5950 + 11_250 + 8420,
      patientsComponent2: 6000 + 11_250 + 8420,
    });
    expect(estimate.reasons.join(' ')).toContain('may not be all of England');
  });
  it('explains itself, naming the parameters and the reference', () => {
    const text = renderExplanation(estimateNationalIncentiveSpend({ basis: 'population' }).explanation);
    expect(text).toContain('read england.registeredPatients = 52706250 patients');
    expect(text).toContain('derived');
    expect(text).toContain('default uptake 0.96: desUptakeReadings row dh-2007-03-31 (as at 2007-03-31; source mip-2007-04-27-dh-figures; confirmed)');
    expect(text).toContain('Audit Commission, Putting commissioning into practice');
    expect(auditCommissionIncentiveSpend2006.amount).toBe(9_800_000_000);
  });
});

describe('the national estimate: bad input', () => {
  it('a year other than the DES year is an error, not a zero', () => {
    const error = pbcError(() => estimateNationalIncentiveSpend({ basis: 'population', financialYear: '2007/08' }), 'NOT_IN_FORCE');
    expect(error.issues[0]).toMatchObject({ path: ['financialYear'], rule: 'incentives.nationalEstimate' });
  });
  it('a reform that leaves the DES year without a national component 1 rate is a policy problem, not a year outside the DES', () => {
    const noRate = reformed('des.c1.ratePerPatient', null, '2006-04-01', '2007-03-31');
    const error = pbcError(() => estimateNationalIncentiveSpend({ basis: 'population' }, { policy: noRate }), 'PARAMETER_TYPE_MISMATCH');
    expect(error.issues.map((issue) => issue.path)).toEqual([['parameters', 'des.c1.ratePerPatient']]);
  });
  it('an uptake above 1, a negative list, no practices, an unknown basis', () => {
    expect(pbcError(() => estimateNationalIncentiveSpend({ basis: 'population', component1Uptake: 1.2 }), 'INVALID_INPUT').issues[0]?.path).toEqual(['component1Uptake']);
    expect(pbcError(() => estimateNationalIncentiveSpend({ basis: 'practices', practices: [{ listSize: -1, component1: true, component2: true }] }), 'INVALID_INPUT').issues[0]?.path).toEqual([
      'practices',
      0,
      'listSize',
    ]);
    expect(pbcError(() => estimateNationalIncentiveSpend({ basis: 'practices', practices: [] }), 'INVALID_INPUT').issues[0]?.path).toEqual(['practices']);
    expect(pbcError(() => estimateNationalIncentiveSpend({ basis: 'guess' } as unknown as EstimateNationalIncentiveSpendInput), 'INVALID_INPUT').issues[0]?.path).toEqual(['basis']);
  });
});

describe('the national estimate: properties', () => {
  it('more patients never cost less; every figure is whole pence; the parts add to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000_000 }), fc.integer({ min: 0, max: 60_000_000 }), fc.integer({ min: 0, max: 1000 }), (a, b, permille) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const uptake = (permille / 1000).toString();
        const run = (registeredPatients: number) => estimateNationalIncentiveSpend({ basis: 'population', registeredPatients, component1Uptake: uptake });
        const low = run(small);
        const high = run(large);
        expect(high.total).toBeGreaterThanOrEqual(low.total);
        for (const estimate of [low, high]) {
          expect(Number.isSafeInteger(estimate.component1) && Number.isSafeInteger(estimate.component2)).toBe(true);
          expect(estimate.component1 + estimate.component2).toBe(estimate.total);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the national estimate: the DES year and uptakes', () => {
  it('a year other than the DES year says when the DES ran', () => {
    const error = pbcError(() => estimateNationalIncentiveSpend({ basis: 'population', financialYear: '2007/08' }), 'NOT_IN_FORCE');
    expect(error.issues[0]?.message).toBe('2007/08 is not the Towards PBC DES year (the DES ran 2006-04-01 to 2007-03-31)');
  });

  it('an uptake must be a share between 0 and 1, at both ends', () => {
    expect(estimateNationalIncentiveSpend({ basis: 'population', component1Uptake: 0, component2Uptake: 1 }).total).toBeGreaterThan(0);
    for (const uptake of [-0.1, 1.1]) {
      const error = pbcError(() => estimateNationalIncentiveSpend({ basis: 'population', component1Uptake: uptake }), 'INVALID_INPUT');
      expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['component1Uptake']);
    }
  });
});
