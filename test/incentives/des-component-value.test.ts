/**
 * The specification of `src/incentives/des-component-value.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { towardsPbcDesPayment } from '../../src/index.js';
import { c1, c1Input, c2, c2Input, des, nodes, reform, reformed } from './helpers.js';
import { expectIssue, pbcError } from '../support/errors.js';

describe('component 1 on a reformed list-size basis', () => {
  it('a reform can pay component 1 on the list on the day the plan was agreed', () => {
    const onPlan = reform('on-plan', { 'des.c1.listSizeBasis': [{ ...des, value: 'plan-agreed' }] });
    const payment = c1({ listSizes: [{ date: '2006-06-15', registered: 5960 }] }, { policy: onPlan });
    expect(payment).toMatchObject({ listSizeDate: '2006-06-15', listSize: 5960, amountPayable: 566_200 });
    const unknownBasis = reform('odd-basis', { 'des.c1.listSizeBasis': [{ ...des, value: 'average' }] });
    pbcError(() => c1({}, { policy: unknownBasis }), 'PARAMETER_TYPE_MISMATCH');
  });
});

describe('a list size missing on the date the rule needs', () => {
  it('a missing list size on the date the rule needs', () => {
    const error = pbcError(() => c2({ listSizes: [{ date: '2007-03-31', registered: 6000 }] }), 'MISSING_INPUT');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['listSizes'], rule: 'des.c2.listSize' })]);
    expect(pbcError(() => c1({ listSizes: [{ date: '2007-04-01', registered: 6000 }] }), 'MISSING_INPUT').issues[0]).toMatchObject({ path: ['listSizes'], rule: 'des.c1.listSize' });
  });
});

describe('component values: properties', () => {
  const list = fc.integer({ min: 0, max: 2_000_000 });
  const fur = fc.integer({ min: 0, max: 5_000_000 });
  it('a larger list never pays less (C1, and C2 with the same freed-up resources)', () => {
    fc.assert(
      fc.property(list, list, fur, fc.boolean(), (a, b, resources, met) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const pay1 = (n: number) => c1({ listSizes: [{ date: '2006-04-01', registered: n }] }).amountPayable;
        const pay2 = (n: number) =>
          c2({
            objectives: [{ id: 'x', scope: 'own', met }],
            objectivesAgreedMetOn: met ? '2007-04-20' : undefined,
            freedUpResources: { accessible: resources, pctDemonstratedAvailable: true },
            listSizes: [{ date: '2007-04-01', registered: n }],
          }).practiceReceives;
        expect(pay1(large)).toBeGreaterThanOrEqual(pay1(small));
        expect(pay2(large)).toBeGreaterThanOrEqual(pay2(small));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('component 1: the list-size basis (des.c1.listSizeBasis)', () => {
  it("'plan-agreed' pays on the list on the day the plan was agreed, and says so", () => {
    const payment = towardsPbcDesPayment(c1Input, { policy: reformed('des.c1.listSizeBasis', 'plan-agreed', '2006-04-01', '2007-03-31') });
    expect(payment.listSizeDate).toBe('2006-06-15');
    expect(payment.listSize).toBe(6010);
    expect(payment.componentValue).toBe(95 * 6010);
    expect(nodes(payment.explanation).flatMap((node) => node.notes)).toContain('component 1 is paid on the list on the day the plan was agreed (des.c1.listSizeBasis)');
  });

  it('an unknown basis is a PARAMETER_TYPE_MISMATCH naming the parameter', () => {
    expect(expectIssue(() => towardsPbcDesPayment(c1Input, { policy: reformed('des.c1.listSizeBasis', 'average', '2006-04-01', '2007-03-31') }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'des.c1.listSizeBasis']).issues).toHaveLength(1);
  });

  it('the value step records the component, the list date and size, and reads the component’s own rate', () => {
    for (const [claim, rate] of [
      [c1Input, 'des.c1.ratePerPatient'],
      [c2Input, 'des.c2.ratePerPatient'],
    ] as const) {
      const payment = towardsPbcDesPayment(claim);
      const valueStep = nodes(payment.explanation).find((node) => node.rule === 'des.componentValue');
      expect(valueStep?.inputs).toMatchObject({ component: claim.component, listSizeDate: payment.listSizeDate, listSize: payment.listSize });
      expect(valueStep?.parameters.map((reading) => reading.id)).toContain(rate);
    }
  });
});
