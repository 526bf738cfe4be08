// The sample area of the test kit (Sample Vale PCT, 2007/08): valid, frozen, fixed, and the year the
// demo and the uncertainty guide describe.
import { describe, expect, it } from 'vitest';
import { evaluateArea } from '../../src/scenario/index.js';
import { ScenarioAreaSchema } from '../../src/schemas/index.js';
import { sampleValeArea } from '../../src/testing/index.js';

describe('sampleValeArea', () => {
  it('is a valid area: one PCT, five practices with twelve months of spend on each line', () => {
    const parsed = ScenarioAreaSchema.safeParse(sampleValeArea);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(sampleValeArea.pcts.map((pct) => [pct.code, pct.shaCode, pct.name])).toEqual([['5ZZ', 'Q99', 'Sample Vale PCT']]);
    expect(sampleValeArea.practices.map((practice) => practice.code)).toEqual(['Z90001', 'Z90002', 'Z90003', 'Z90004', 'Z90005']);
    for (const practice of sampleValeArea.practices) {
      expect(practice.spend.map((line) => line.serviceLine)).toEqual(['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING']);
      for (const line of practice.spend) expect(line.months.every((amount) => Number.isSafeInteger(amount) && amount > 0), `${practice.code} ${line.serviceLine}`).toBe(true);
      // Emergencies peak in December (month 9 of the financial year); planned care is flat (March takes the rounding).
      const emergencies = practice.spend.find((line) => line.serviceLine === 'NON_ELECTIVE')!.months;
      expect(emergencies.indexOf(Math.max(...emergencies))).toBe(8);
      const outpatients = practice.spend.find((line) => line.serviceLine === 'OUTPATIENT')!.months;
      expect(new Set(outpatients.slice(0, 11)).size).toBe(1);
    }
  });

  it('is deeply frozen, so no caller can change it for another', () => {
    expect(Object.isFrozen(sampleValeArea)).toBe(true);
    expect(Object.isFrozen(sampleValeArea.practices[2]!.spend[0]!.months)).toBe(true);
    expect(Object.isFrozen(sampleValeArea.pcts[0]!.readiness![0]!.evidence[0])).toBe(true);
    expect(() => (sampleValeArea.practices as unknown[]).push({})).toThrow(TypeError);
  });

  it("evaluates to the demo's year as of 30 June 2008", () => {
    const year = evaluateArea(sampleValeArea, { asOf: '2008-06-30', explanations: false });
    expect(year.totals).toMatchObject({ incentivesDue: 6_300_630, practiceBears: 0, furPracticeShare: 17_713_540 });
    // A copy without the practices' part in the local scheme evaluates too, and pays no incentives: the area is data to vary.
    const varied = { ...sampleValeArea, practices: sampleValeArea.practices.map(({ localIncentive: _left, ...practice }) => practice) };
    expect(evaluateArea(varied, { asOf: '2008-06-30', explanations: false }).totals).toMatchObject({ incentivesDue: 0, furPracticeShare: 17_713_540 });
  });
});
