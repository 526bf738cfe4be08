/**
 * Temporal coverage (after Catala): every parameter and every dated rule is evaluated on every month
 * from April 1991 to March 2011 — the first, the fifteenth and the last day of each — and must show
 * no gap inside its declared coverage and no overlap: exactly one value (or one outcome) on each day
 * it covers, a NOT_IN_FORCE answer (never a default, never another error) on each day it does not,
 * and its days in force form one unbroken run. The day before and the day after every dated change
 * are checked too.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyPerPatientCap, assessReadiness, checkConflictsOfInterest, checkEntitlements, conflictsRulesInForce, estimateNationalIncentiveSpend, freedUpResources, fundholdingEligibility, fundholdingSavingsWindow, isPbcError, localIncentivePayment, resolveBudgetScope, towardsPbcDesPayment } from '../../src/index.js';
import { addDays, financialYearOf, monthsOfFinancialYear } from '../../src/core/index.js';
import { parameterAt, readinessFrameworks, type Parameter } from '../../src/policy/index.js';
import { baselinePolicy, conflictsRuleCatalogue } from '../../src/policy/index.js';

// Fixed work, but heavy: generous, for a machine shared with a mutation run.
vi.setConfig({ testTimeout: 120_000 });

const FIRST_YEAR = 1991;
const LAST_YEAR = 2010; // the financial year 2010/11 ends on 31 March 2011

/** The first, fifteenth and last day of every month from April 1991 to March 2011, in order. */
const days: readonly string[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => `${FIRST_YEAR + index}/${String((FIRST_YEAR + index + 1) % 100).padStart(2, '0')}`).flatMap(
  (year) => monthsOfFinancialYear(year).flatMap((month) => [month.start, `${month.label}-15`, month.end]),
);
const months: readonly string[] = days.filter((day) => day.endsWith('-01'));

/** Whether the days a thing is in force form one unbroken run within `days` (no gap inside its coverage). */
function unbroken(inForce: readonly boolean[]): boolean {
  const first = inForce.indexOf(true);
  const last = inForce.lastIndexOf(true);
  return first === -1 || inForce.slice(first, last + 1).every(Boolean);
}

function covers(entry: { readonly from: string; readonly to?: string | undefined }, day: string): boolean {
  return entry.from <= day && (entry.to === undefined || day <= entry.to);
}

type Answer = 'in force' | 'not in force';

/** Runs a dated rule: a result is "in force", a PbcError NOT_IN_FORCE "not in force"; anything else fails. */
function answerOf(what: string, day: string, run: () => unknown): Answer {
  try {
    run();
    return 'in force';
  } catch (error) {
    if (isPbcError(error, 'NOT_IN_FORCE')) return 'not in force';
    throw new Error(`${what} on ${day}: expected a result or NOT_IN_FORCE, got ${isPbcError(error) ? `${error.code}: ${error.message}` : String(error)}`);
  }
}

describe('every parameter, every month from 1991-04 to 2011-03', () => {
  const parameters = Object.values(baselinePolicy.parameters) as Parameter[];

  it.each(parameters.map((parameter) => [parameter.id, parameter] as const))('%s: exactly one value inside its coverage, none outside, no gap', (id, parameter) => {
    const first = parameter.values[0];
    const last = parameter.values[parameter.values.length - 1];
    expect(first).toBeDefined();
    const coverage = { from: first?.from ?? '', to: last?.to };
    const inForce = days.map((day) => {
      const covering = parameter.values.filter((value) => covers(value, day));
      if (covers(coverage, day)) {
        expect(covering, `${id} on ${day}`).toHaveLength(1);
        const reading = parameterAt(baselinePolicy, id, day);
        expect(reading.from <= day && (reading.to === undefined || day <= reading.to), `${id} on ${day} read a value for ${reading.from}…${reading.to ?? ''}`).toBe(true);
        expect(reading.value).toEqual(covering[0]?.value);
        return true;
      }
      expect(covering, `${id} on ${day}`).toHaveLength(0);
      let code: string | undefined;
      try {
        parameterAt(baselinePolicy, id, day);
      } catch (error) {
        code = isPbcError(error) ? error.code : String(error);
      }
      expect(code, `${id} on ${day} is outside its coverage`).toBe('PARAMETER_NOT_IN_FORCE');
      return false;
    });
    expect(unbroken(inForce), `${id} has a gap inside its coverage`).toBe(true);
  });

  it.each(parameters.map((parameter) => [parameter.id, parameter] as const))('%s: the day before and the day after each change read the two values', (id, parameter) => {
    parameter.values.forEach((value, index) => {
      expect(parameterAt(baselinePolicy, id, value.from).from).toBe(value.from);
      if (value.to !== undefined) expect(parameterAt(baselinePolicy, id, value.to).from).toBe(value.from);
      const previous = parameter.values[index - 1];
      if (previous !== undefined) {
        // The day before a change reads the previous value: no gap and no overlap at the seam.
        expect(parameterAt(baselinePolicy, id, addDays(value.from, -1)).from).toBe(previous.from);
        expect(previous.to).toBe(addDays(value.from, -1));
      }
    });
  });
});

describe('every dated rule, every month from 1991-04 to 2011-03', () => {
  /** Checks a rule's answers: in force exactly on the days `expected` says, in one unbroken run. */
  function expectCoverage(what: string, answers: readonly Answer[], expected: (day: string) => boolean, on: readonly string[] = days): void {
    const inForce = answers.map((answer) => answer === 'in force');
    on.forEach((day, index) => expect(inForce[index], `${what} on ${day}`).toBe(expected(day)));
    expect(unbroken(inForce), `${what} has a gap inside its coverage`).toBe(true);
    expect(inForce.some(Boolean), `${what} is never in force`).toBe(true);
  }

  const read = (id: string, day: string): unknown => parameterAt(baselinePolicy, id, day).value;
  const withinParameter = (id: string) => (day: string) => {
    const parameter = baselinePolicy.parameters[id];
    return parameter !== undefined && parameter.values.some((value) => covers(value, day));
  };

  it('the Towards PBC DES (a plan agreed on the day): in force from des.term.firstDay to des.term.lastDay', () => {
    const answers = days.map((day) =>
      answerOf('DES component 1', day, () =>
        towardsPbcDesPayment({ component: 'C1', practiceCode: 'Z90002', planAgreedOn: day, indicativeBudgetAcceptedOn: day, listSizes: [{ date: '2006-04-01', registered: 6000 }] }),
      ),
    );
    expectCoverage('the DES', answers, (day) => day >= '2006-04-01' && day <= '2007-03-31');
    expect(read('des.term.firstDay', '2006-04-01')).toBe('2006-04-01');
    expect(read('des.term.lastDay', '2006-04-01')).toBe('2007-03-31');
  });

  it('local incentive schemes (a scheme starting on the day): in force from 1 April 2007, as local.floorPerPatient', () => {
    const answers = days.map((day) =>
      answerOf('a local incentive scheme', day, () =>
        localIncentivePayment({
          scheme: {
            id: 'S',
            name: 'Scheme',
            pctCode: '5ZZ',
            startsOn: day,
            endsOn: addDays(day, 364),
            ratePerPatient: 100,
            patientBasis: 'registered',
            listSizeDate: day,
            conditions: [{ id: 'budget', kind: 'no-overspend' }],
            instalments: [{ id: 'only', payOn: addDays(day, 30), weight: 1 }],
          },
          practice: { practiceCode: 'Z90002', listSizes: [{ date: day, registered: 5000 }] },
        }),
      ),
    );
    expectCoverage('local schemes', answers, withinParameter('local.floorPerPatient'));
  });

  it('PBC indicative budgets (the scope of the year the day falls in): in force from 2005/06, as budget.indicative.inForce', () => {
    const answers = days.map((day) => answerOf('resolveBudgetScope', day, () => resolveBudgetScope({ financialYear: financialYearOf(day) })));
    expectCoverage('budget scope', answers, (day) => financialYearOf(day) >= '2005/06' && read('budget.indicative.inForce', monthsOfFinancialYear(financialYearOf(day))[0]?.start ?? day) === true);
  });

  it('freed-up resources (an outcome for the year the day falls in): in force from 2005/06, as fur.practiceShare', () => {
    const answers = days.map((day) => answerOf('freedUpResources', day, () => freedUpResources({ outcome: { financialYear: financialYearOf(day), budget: 1_000_000, outturn: 900_000 } })));
    expectCoverage('freed-up resources', answers, (day) => withinParameter('fur.practiceShare')(monthsOfFinancialYear(financialYearOf(day))[0]?.start ?? day));
  });

  it('fundholding eligibility (on the day): in force 1 April 1991 to 31 March 1999, with the threshold in force that day', () => {
    const answers = days.map((day) =>
      answerOf('fundholdingEligibility', day, () => {
        const result = fundholdingEligibility({ date: day, practices: [{ practiceCode: 'A81001', listSize: 8_000 }] });
        expect(result.minimumListSize).toBe(read('fundholding.minimumListSize.standard', day));
        return result;
      }),
    );
    expectCoverage('fundholding eligibility', answers, withinParameter('fundholding.minimumListSize.standard'));
  });

  it('the per-patient cap (the year the day falls in): fundholding’s cap 1991/92 to 1998/99, the PBC threshold from 2005/06, nothing between', () => {
    const regimes = days.map((day) => {
      const year = financialYearOf(day);
      const yearStart = monthsOfFinancialYear(year)[0]?.start ?? day;
      let regime = 'not in force';
      answerOf('applyPerPatientCap', day, () => {
        const result = applyPerPatientCap({ financialYear: year, patients: [{ patientId: 'p', cost: 1_000_000 }] });
        regime = result.regime;
        // Each regime reads its own dated parameter on the first day of the year.
        expect(result.cap).toBe(read(result.regime === 'GP_FUNDHOLDING' ? 'fundholding.perPatientCap' : 'budget.highCostPatientThreshold', yearStart));
      });
      return regime;
    });
    // Two regimes, each one unbroken run, never both on one day (no overlap), matching their parameters.
    for (const [regime, parameter] of [
      ['GP_FUNDHOLDING', 'fundholding.perPatientCap'],
      ['PBC', 'budget.highCostPatientThreshold'],
    ] as const) {
      const inForce = regimes.map((entry) => entry === regime);
      expect(unbroken(inForce), `${regime} has a gap`).toBe(true);
      days.forEach((day, index) => expect(inForce[index], `${regime} on ${day}`).toBe(withinParameter(parameter)(monthsOfFinancialYear(financialYearOf(day))[0]?.start ?? day)));
    }
  });

  it('the fundholding savings window (savings of the year the day falls in): in force for fund years 1991/92 to 1998/99', () => {
    const answers = days.map((day) => answerOf('fundholdingSavingsWindow', day, () => fundholdingSavingsWindow({ financialYear: financialYearOf(day), savings: 1_000 })));
    expectCoverage('the savings window', answers, withinParameter('fundholding.savingsSpendWindowYears'));
  });

  it('the national estimate of DES spending (the year the day falls in): only 2006/07, as england.registeredPatients', () => {
    const answers = months.map((day) => answerOf('estimateNationalIncentiveSpend', day, () => estimateNationalIncentiveSpend({ basis: 'population', financialYear: financialYearOf(day) })));
    expectCoverage('the national estimate', answers, withinParameter('england.registeredPatients'), months);
  });

  it('the 2009 entitlements (checked on the day): in force from 1 March 2009, as entitlements.inForce, never before', () => {
    days.forEach((day) => {
      const check = checkEntitlements({ holder: { kind: 'practice', id: 'Z90001' }, financialYear: financialYearOf(day) }, { asOf: day });
      expect(check.inForce, `entitlements on ${day}`).toBe(read('entitlements.inForce', day));
      if (!check.inForce) for (const finding of check.findings) expect([finding.code, finding.outcome], `${finding.code} on ${day}`).toEqual(['NOT_IN_FORCE', 'not_applicable']);
    });
    expect(unbroken(days.map((day) => read('entitlements.inForce', day) === true))).toBe(true);
  });

  it.each(Object.entries(readinessFrameworks))('the %s readiness framework (assessed on the day): in force exactly when its in-force parameter says', (key, framework) => {
    const parameter = (framework as { inForceParameter?: string }).inForceParameter;
    const answers = months.map((day) => answerOf(`assessReadiness(${key})`, day, () => assessReadiness({ framework, evidence: [] }, { asOf: day })));
    expectCoverage(`${key}`, answers, (day) => parameter === undefined || read(parameter, day) === true, months);
  });

  /** Whether a conflicts rule's in-force parameter is true on a day (no value: not in force). */
  const ruleInForce = (parameterId: string, day: string): boolean => {
    const parameter = baselinePolicy.parameters[parameterId];
    return parameter !== undefined && parameter.values.some((value) => covers(value, day) && value.value === true);
  };

  it('the conflict-of-interest catalogue: each rule is in force exactly when its in-force parameter says, once, with no gap', () => {
    for (const rule of conflictsRuleCatalogue) {
      const inForce = days.map((day) => {
        const ids = conflictsRulesInForce({ asOf: day }).map((entry) => entry.id);
        expect(ids.filter((id) => id === rule.id).length, `${rule.id} listed more than once on ${day}`).toBeLessThanOrEqual(1);
        expect(ids.includes(rule.id), `${rule.id} on ${day}`).toBe(ruleInForce(rule.inForce, day));
        return ids.includes(rule.id);
      });
      expect(unbroken(inForce), `${rule.id} has a gap`).toBe(true);
      expect(inForce.some(Boolean), `${rule.id} is never in force`).toBe(true);
    }
    const ids = conflictsRuleCatalogue.map((rule) => rule.id);
    expect(new Set(ids).size, 'two catalogue entries share an id (an overlap of versions)').toBe(ids.length);
  });

  it('the conflict-of-interest check (a case submitted, then decided on the day): a rule is reported not in force exactly when its date falls outside its dates', () => {
    const checked = months.filter((day) => day >= '2005-05-01');
    for (const day of checked) {
      const submittedOn = addDays(day, -20);
      const result = checkConflictsOfInterest(
        {
          businessCase: {
            id: 'BC',
            title: 'A case',
            proposer: { bodyId: 'Z90001', name: 'Riverside Surgery', isPractice: true },
            proposesToProvide: false,
            namesProvider: false,
            singleProviderSought: false,
            value: 1_000_000,
            submittedOn,
            procurementRoute: 'competitive_tender',
            decision: { outcome: 'approved', decidedOn: day, decidedBy: 'pct_committee', reasons: ['meets need'] },
            publishedInProspectus: true,
          },
          panel: { chairMemberId: 'ned', members: [{ id: 'ned', name: 'Ms Ellis', role: 'non_executive_director', participated: true, declarationOn: addDays(day, -100), interests: [] }] },
          local: { decisionLimitDays: 84 },
        },
        { asOf: day },
      );
      const expected = conflictsRuleCatalogue
        .filter((rule) => rule.appliesOn === 'decision' || rule.appliesOn === 'submission')
        .filter((rule) => {
          const on = rule.appliesOn === 'decision' ? day : submittedOn;
          return !ruleInForce(rule.inForce, on);
        })
        .map((rule) => rule.id);
      const reported = [...new Set(result.summary.rulesNotInForce.map((entry) => entry.rule))];
      expect(reported, `rules not in force on ${day}`).toEqual(expected);
      for (const entry of result.summary.rulesNotInForce) expect(ruleInForce(`${entry.rule}.inForce`, entry.on), `${entry.rule} on ${entry.on}`).toBe(false);
    }
  });
});
