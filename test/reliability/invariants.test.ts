/**
 * Invariants as property tests over generated inputs: every apportionment and roll-up conserves
 * pence; more underspend never gives a smaller share; a larger list never a smaller payment; a
 * higher cost never a smaller amount paid by the budget; an empty reform changes nothing; months add
 * up to the year. Each property holds for every input fast-check makes (FUZZ_RUNS of them).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { applyPerPatientCap, apportionGroupBudget, assessReadiness, checkConflictsOfInterest, compareBudgetRegimes, estimateNationalIncentiveSpend, freedUpResources, fundholdingEligibility, incentivePaymentSchedule, localIncentivePayment, monitorBudget, rollUpGroupBudget, setIndicativeBudget, towardsPbcDesPayment, type ConflictsInput } from '../../src/index.js';
import { worstOutcome } from '../../src/core/finding.js';
import { addDays, apportion, daysBetween, financialYearBounds, financialYearOf, financialYearStarting, monthsOfFinancialYear, multiplyByRate, pence, scaleMoney } from '../../src/core/index.js';
import { applyReform, readinessFrameworks, type ReadinessStatus } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { CORE_LINES, fuzzedEntryPoints, practiceBudget } from './entry-points.js';
import type { IncentivePaymentScheduleInput, LocalIncentivePaymentInput, TowardsPbcDesPaymentInput } from '../../src/incentives/index.js';
import { FUZZ_RUNS, HEAVY_RUNS, expectCleanOutput } from './helpers.js';
import { FUZZ_TIMEOUT } from './fuzz-suite.js';

// Properties of FUZZ_RUNS runs take longer under `npm run test:fuzz`.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

const runs = { numRuns: FUZZ_RUNS };
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const amount = (max = 10_000_000_000) => fc.integer({ min: 0, max });
const practiceCodes = ['Z90001', 'Z90002', 'Z90003', 'Z90004', 'Z90005'] as const;
const fundholdingDates = fc.integer({ min: 0, max: daysBetween('1991-04-01', '1999-03-31') }).map((offset) => addDays('1991-04-01', offset));
const pbcYears = fc.integer({ min: 2005, max: 2010 }).map(financialYearStarting);

describe('money is conserved', () => {
  it('apportion: the parts sum to the total, each within a penny of its exact share, zero weights get nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }), (total, weights) => {
        fc.pre(weights.some((weight) => weight > 0));
        const parts = apportion(pence(total), weights);
        expect(sum(parts)).toBe(total);
        const weightTotal = sum(weights);
        parts.forEach((part, index) => {
          const exact = (total * (weights[index] ?? 0)) / weightTotal;
          expect(Math.abs(part - exact)).toBeLessThan(1 + 1e-6 * Math.abs(exact));
          if (weights[index] === 0) expect(part).toBe(0);
          expect(Object.is(part, -0)).toBe(false);
        });
      }),
      runs,
    );
  });

  it('multiplyByRate and scaleMoney round once, half-up, to within half a penny of the exact product', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (money, numerator, denominator) => {
        const scaled = scaleMoney(pence(money), numerator, denominator);
        const exact = (money * numerator) / denominator;
        expect(Math.abs(scaled - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
        const rate = (numerator / 100_000).toString();
        const product = multiplyByRate(pence(money), rate);
        expect(Math.abs(product - money * Number(rate))).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
      runs,
    );
  });

  it('apportionGroupBudget: for every line the members’ amounts sum to the group’s, whatever the weights or sign', () => {
    const group = { kind: 'group' as const, groupId: 'g', memberPracticeCodes: [...practiceCodes] };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), { minLength: 1, maxLength: CORE_LINES.length }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: practiceCodes.length, maxLength: practiceCodes.length }),
        (amounts, weights) => {
          fc.pre(weights.some((weight) => weight > 0));
          const lines = amounts.map((value, index) => ({ serviceLine: CORE_LINES[index]!, amount: value }));
          const result = apportionGroupBudget({
            group,
            financialYear: '2008/09',
            lines,
            basis: { by: 'weights', weights: practiceCodes.map((practiceCode, index) => ({ practiceCode, weight: weights[index]! })) },
          });
          for (const line of lines) expect(sum(result.rows.filter((row) => row.serviceLine === line.serviceLine).map((row) => row.amount))).toBe(line.amount);
          expect(sum(result.members.map((member) => member.total))).toBe(sum(amounts));
          expectCleanOutput(result);
        },
      ),
      runs,
    );
  });

  it('rollUpGroupBudget: the group’s lines are the sums of its members’ lines, and its total the sum of theirs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount(), amount()), { minLength: 1, maxLength: practiceCodes.length }), (memberAmounts) => {
        const codes = practiceCodes.slice(0, memberAmounts.length);
        const budgets = codes.map((code, index) => practiceBudget(code, { PRESCRIBING: memberAmounts[index]?.[0] ?? 0, DAY_CASE: memberAmounts[index]?.[1] ?? 0 }));
        const result = rollUpGroupBudget({ group: { kind: 'group', groupId: 'g', memberPracticeCodes: codes }, budgets });
        for (const line of result.budget.lines) {
          const index = line.serviceLine === 'PRESCRIBING' ? 0 : 1;
          expect(line.amount).toBe(sum(memberAmounts.map((pair) => pair[index])));
        }
        expect(result.total).toBe(sum(memberAmounts.flat()));
        expect(sum(result.members.map((member) => member.total))).toBe(result.total);
      }),
      runs,
    );
  });

  it('setIndicativeBudget: no line exceeds the PCT’s resources, a scaled line meets them exactly, and each practice’s total is the sum of its lines', () => {
    const practice = fc.record({
      weightedPopulation: fc.integer({ min: 1, max: 30_000 }),
      prescribing: fc.option(amount(500_000_000), { nil: undefined }),
      elective: fc.option(amount(500_000_000), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(practice, { minLength: 1, maxLength: practiceCodes.length }),
        fc.constantFrom('historicActivityAtTariff', 'weightedCapitation', 'blended'),
        // 2010/11 widened the mandatory scope to every line but specialised services; the core five suffice before.
        fc.integer({ min: 2007, max: 2009 }),
        fc.array(amount(2_000_000_000), { minLength: CORE_LINES.length, maxLength: CORE_LINES.length }),
        (practices, method, year, resources) => {
          const result = setIndicativeBudget({
            pctCode: '5ZZ',
            financialYear: financialYearStarting(year),
            method,
            scope: { lines: [...CORE_LINES] },
            pctResources: CORE_LINES.map((serviceLine, index) => ({ serviceLine, amount: resources[index]! })),
            practices: practices.map((entry, index) => ({
              practiceCode: practiceCodes[index]!,
              weightedPopulation: entry.weightedPopulation,
              ...(entry.prescribing === undefined && entry.elective === undefined
                ? {}
                : {
                    historic: {
                      costs: [
                        ...(entry.prescribing === undefined ? [] : [{ serviceLine: 'PRESCRIBING' as const, amount: entry.prescribing }]),
                        ...(entry.elective === undefined ? [] : [{ serviceLine: 'ELECTIVE_INPATIENT' as const, amount: entry.elective }]),
                      ],
                    },
                  }),
            })),
          });
          for (const row of result.controlTotal) {
            const budgets = result.rows.filter((entry) => entry.serviceLine === row.serviceLine).map((entry) => entry.budget);
            expect(sum(budgets)).toBe(row.sumOfBudgets);
            expect(row.sumOfBudgets).toBeLessThanOrEqual(row.available);
            expect(row.available + row.contingency).toBe(row.pctResources);
            if (row.scaledDown) expect(row.sumOfBudgets).toBe(row.available);
            expect(row.unallocated).toBe(row.available - row.sumOfBudgets);
            for (const budget of budgets) expect(budget).toBeGreaterThanOrEqual(0);
          }
          for (const entry of result.practices) expect(entry.total).toBe(sum(result.rows.filter((row) => row.practiceCode === entry.practiceCode).map((row) => row.budget)));
          expectCleanOutput(result);
        },
      ),
      { numRuns: HEAVY_RUNS * 3 },
    );
  });

  it('freedUpResources: offset + prior claim + practice share + management costs + PCT share = the underspend; released + not released = the practice share', () => {
    fc.assert(
      fc.property(
        pbcYears,
        amount(),
        amount(),
        fc.option(amount(100_000_000), { nil: undefined }),
        fc.option(amount(100_000_000), { nil: undefined }),
        fc.option(amount(100_000_000), { nil: undefined }),
        (financialYear, budget, outturn, pctDeficit, managementCosts, approvedAmount) => {
          const result = freedUpResources({
            outcome: { financialYear, budget, outturn },
            ...(pctDeficit === undefined ? {} : { pctDeficit }),
            ...(managementCosts === undefined ? {} : { managementCosts }),
            ...(approvedAmount === undefined ? {} : { businessCase: { status: 'approved', approvedAmount } }),
          });
          expect(result.offsetAgainstEarlierOverspends + result.pctPriorClaim + result.practiceShare + result.managementCostsCharged + result.pctShare).toBe(result.underspend);
          expect(result.released + result.notReleased).toBe(result.practiceShare);
          expect(result.underspend - result.overspend).toBe(budget - outturn);
          expectCleanOutput(result);
        },
      ),
      runs,
    );
  });

  it('monitorBudget: each line’s months add up to its budget and its forecast outturn, and the total row is the sum of the lines', () => {
    fc.assert(
      fc.property(
        fc.array(amount(1_000_000_000), { minLength: CORE_LINES.length, maxLength: CORE_LINES.length }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.record({ line: fc.integer({ min: 0, max: CORE_LINES.length - 1 }), month: fc.integer({ min: 1, max: 12 }), amount: amount(100_000_000) }), { maxLength: 20 }),
        fc.option(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 12, maxLength: 12 }), { nil: undefined }),
        (amounts, throughMonth, spend, weights) => {
          const budget = practiceBudget('Z90002', Object.fromEntries(CORE_LINES.map((line, index) => [line, amounts[index] ?? 0])), '2008/09');
          const result = monitorBudget({
            budget,
            throughMonth,
            spend: spend.filter((entry) => entry.month <= throughMonth).map((entry) => ({ serviceLine: CORE_LINES[entry.line]!, month: entry.month, amount: entry.amount })),
            ...(weights === undefined ? {} : { forecast: { method: 'profile' as const, weights } }),
          });
          for (const line of result.lines) {
            const months = result.months.filter((month) => month.serviceLine === line.serviceLine);
            expect(months).toHaveLength(12);
            expect(sum(months.map((month) => month.budget))).toBe(line.budget);
            expect(sum(months.map((month) => month.forecast))).toBe(line.forecastOutturn);
            expect(months[11]?.cumulativeBudget).toBe(line.budget);
            expect(line.forecastVariance).toBe(line.budget - line.forecastOutturn);
          }
          for (const key of ['budget', 'budgetToDate', 'spendToDate', 'forecastOutturn', 'forecastVariance'] as const) {
            expect(result.total[key]).toBe(sum(result.lines.map((line) => line[key])));
          }
          expectCleanOutput(result);
        },
      ),
      { numRuns: HEAVY_RUNS * 3 },
    );
  });

  it('localIncentivePayment: the instalments share the scheme value exactly, and due + withheld + pending = the value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (ratePerPatient, registered, weights, overspent) => {
          const result = localIncentivePayment({
            scheme: {
              id: 'S',
              name: 'A scheme',
              pctCode: '5ZZ',
              startsOn: '2008-04-01',
              endsOn: '2009-03-31',
              ratePerPatient,
              patientBasis: 'registered',
              listSizeDate: '2008-04-01',
              conditions: [{ id: 'budget', kind: 'no-overspend' }],
              instalments: weights.map((weight, index) => ({ id: `i${index}`, payOn: addDays('2008-06-30', 60 * index), weight, ...(index === 0 ? {} : { conditions: ['budget'] }) })),
            },
            practice: { practiceCode: 'Z90002', listSizes: [{ date: '2008-04-01', registered }], indicativeBudget: { overspent } },
          });
          expect(sum(result.instalments.map((instalment) => instalment.share))).toBe(result.schemeValue);
          expect(result.amountDue + result.amountWithheld + result.amountPending).toBe(result.schemeValue);
          expect(result.schemeValue).toBe(ratePerPatient * registered);
          expectCleanOutput(result);
        },
      ),
      runs,
    );
  });

  it('incentivePaymentSchedule: the monthly totals and the practice-month totals both add up to the total due', () => {
    const schedule = fuzzedEntryPoints.find((entry) => entry.name === 'incentivePaymentSchedule');
    const seed = schedule?.seeds[0]?.[0] as IncentivePaymentScheduleInput & { desClaims: TowardsPbcDesPaymentInput[] };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: seed.desClaims.length, maxLength: seed.desClaims.length }), (lists) => {
        const desClaims = seed.desClaims.map((claim, index) => ({ ...claim, listSizes: claim.listSizes.map((list) => ({ ...list, registered: lists[index] ?? 0 })) }));
        const result = incentivePaymentSchedule({ ...seed, desClaims });
        const due = result.records.filter((record) => record.status === 'due');
        expect(sum(due.map((record) => record.amount))).toBe(result.total);
        expect(sum(result.monthlyTotals.map((month) => month.amount))).toBe(result.total);
        expect(sum(result.practiceMonthTotals.map((month) => month.amount))).toBe(result.total);
        expectCleanOutput(result);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });

  it('estimateNationalIncentiveSpend: the total is component 1 plus component 2, and more patients never cost less', () => {
    const uptake = fc.integer({ min: 0, max: 1000 }).map((thousandths) => (thousandths / 1000).toString());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), uptake, uptake, (patients, more, first, second) => {
        const input = { basis: 'population' as const, registeredPatients: patients, component1Uptake: first, component2Uptake: second };
        const smaller = estimateNationalIncentiveSpend(input);
        const larger = estimateNationalIncentiveSpend({ ...input, registeredPatients: patients + more });
        expect(smaller.total).toBe(smaller.component1 + smaller.component2);
        expect(larger.total).toBeGreaterThanOrEqual(smaller.total);
        expectCleanOutput(larger);
      }),
      runs,
    );
  });

  it('compareBudgetRegimes: under each regime what is kept less what is borne is the variance, and the cash adds up to the budgets', () => {
    fc.assert(
      fc.property(
        pbcYears,
        fc.array(fc.tuple(amount(1_000_000_000), amount(1_000_000_000)), { minLength: 1, maxLength: CORE_LINES.length }),
        fc.array(fc.boolean(), { minLength: CORE_LINES.length, maxLength: CORE_LINES.length }),
        (financialYear, pairs, real) => {
          const lines = pairs.map(([budget, outturn], index) => ({ serviceLine: CORE_LINES[index]!, budget, outturn }));
          const result = compareBudgetRegimes({
            holder: { kind: 'practice', practiceCode: 'Z90002' },
            financialYear,
            lines,
            // At least one line is real (the first), or there is nothing to compare.
            realBudgetLines: lines.filter((_, index) => index === 0 || real[index]).map((line) => line.serviceLine),
          });
          const budgets = sum(pairs.map(([budget]) => budget));
          const variance = sum(pairs.map(([budget, outturn]) => budget - outturn));
          for (const regime of result.regimes) {
            expect(regime.variance).toBe(variance);
            expect(regime.holderKeeps + regime.pctKeeps - regime.holderBears - regime.pctBears).toBe(variance);
            expect(regime.cashHeldByHolder + regime.cashHeldByPct).toBe(budgets);
          }
          expectCleanOutput(result);
        },
      ),
      runs,
    );
  });
});

describe('monotonicity', () => {
  it('more underspend never gives the practice a smaller share of freed-up resources', () => {
    fc.assert(
      fc.property(pbcYears, amount(), amount(), amount(1_000_000_000), fc.option(amount(100_000_000), { nil: undefined }), (financialYear, budget, outturn, more, pctDeficit) => {
        const deficit = pctDeficit === undefined ? {} : { pctDeficit };
        const less = freedUpResources({ outcome: { financialYear, budget, outturn }, ...deficit });
        const moreSaved = freedUpResources({ outcome: { financialYear, budget: budget + more, outturn }, ...deficit });
        expect(moreSaved.underspend).toBeGreaterThanOrEqual(less.underspend);
        expect(moreSaved.practiceShare).toBeGreaterThanOrEqual(less.practiceShare);
      }),
      runs,
    );
  });

  it('a larger list never gives a smaller DES component 1 or component 2 payment (SFE 7A)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 20_000_000 }), fc.boolean(), (list, more, fur, met) => {
        const c1 = (registered: number) =>
          towardsPbcDesPayment({ component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01', listSizes: [{ date: '2006-04-01', registered }] });
        expect(c1(list + more).amountPayable).toBeGreaterThanOrEqual(c1(list).amountPayable);
        const c2 = (registered: number) =>
          towardsPbcDesPayment({
            component: 'C2',
            practiceCode: 'Z90002',
            planAgreedOn: '2006-06-15',
            plan: 'individual',
            objectives: [{ id: 'o', scope: 'own', met }],
            ...(met ? { objectivesAgreedMetOn: '2007-04-20' } : {}),
            claimedOn: '2007-05-02',
            freedUpResources: { accessible: fur, pctDemonstratedAvailable: true },
            listSizes: [{ date: '2007-04-01', registered }],
          });
        const smaller = c2(list);
        const larger = c2(list + more);
        expect(larger.amountPayable).toBeGreaterThanOrEqual(smaller.amountPayable);
        expect(larger.componentValue).toBeGreaterThanOrEqual(smaller.componentValue);
        // SFE 7A.12: the top-up is what the freed-up resources leave of the component, never less than nothing.
        if (met) expect(smaller.amountPayable).toBe(Math.max(0, smaller.componentValue - fur));
        else expect(smaller.amountPayable).toBe(0);
      }),
      runs,
    );
  });

  it('a larger list never gives a smaller local scheme value or a smaller amount due', () => {
    const seed = fuzzedEntryPoints.find((entry) => entry.name === 'localIncentivePayment')?.seeds[0]?.[0] as LocalIncentivePaymentInput;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1000 }), (registered, more, tenths) => {
        const withList = (extra: number) =>
          localIncentivePayment({ ...seed, practice: { ...seed.practice, listSizes: [{ date: '2007-07-01', registered: registered + extra, weighted: registered + extra + tenths / 10 }] } });
        const smaller = withList(0);
        const larger = withList(more);
        expect(larger.schemeValue).toBeGreaterThanOrEqual(smaller.schemeValue);
        expect(larger.amountDue).toBeGreaterThanOrEqual(smaller.amountDue);
      }),
      runs,
    );
  });

  it('a larger list never makes a practice ineligible for fundholding on the same date', () => {
    fc.assert(
      fc.property(fundholdingDates, fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 5_000 }), fc.constantFrom('standard', 'community'), (date, list, more, kind) => {
        fc.pre(kind === 'standard' || date >= '1996-04-01');
        const check = (listSize: number) => fundholdingEligibility({ date, kind, practices: [{ practiceCode: 'A81001', listSize }] });
        const smaller = check(list);
        const larger = check(list + more);
        if (smaller.eligible) expect(larger.eligible).toBe(true);
        expect(larger.shortfall).toBeLessThanOrEqual(smaller.shortfall);
      }),
      runs,
    );
  });

  it('a higher cost never leaves the budget paying less for a patient, and budget + excess = cost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1991, max: 1998 }), amount(100_000_000), amount(10_000_000), (year, cost, more) => {
        const result = applyPerPatientCap({
          financialYear: financialYearStarting(year),
          patients: [
            { patientId: 'a', cost },
            { patientId: 'b', cost: cost + more },
          ],
        });
        const [a, b] = result.patients;
        expect(b?.paidByBudget).toBeGreaterThanOrEqual(a?.paidByBudget ?? 0);
        for (const patient of result.patients) {
          expect(patient.paidByBudget + patient.excess).toBe(patient.cost);
          expect(patient.paidByBudget).toBeLessThanOrEqual(result.cap ?? Number.MAX_SAFE_INTEGER);
        }
        expect(result.paidByBudget + result.excess).toBe(result.totalCost);
      }),
      runs,
    );
  });

  it('more evidence met never lowers a readiness score (AC2007)', () => {
    const factors = readinessFrameworks.AC2007.factors.map((factor) => factor.id);
    const status = fc.constantFrom<ReadinessStatus>('met', 'partial', 'not_met', 'unknown');
    fc.assert(
      fc.property(fc.array(status, { minLength: factors.length, maxLength: factors.length }), fc.integer({ min: 0, max: factors.length - 1 }), (statuses, improved) => {
        const evidence = (list: readonly ReadinessStatus[]) => factors.map((factorId, index) => ({ factorId, status: list[index] ?? 'unknown' }));
        const before = assessReadiness({ framework: 'AC2007', evidence: evidence(statuses) }, { asOf: '2008-01-01' });
        const better = statuses.map((entry, index) => (index === improved ? 'met' : entry));
        const after = assessReadiness({ framework: 'AC2007', evidence: evidence(better) }, { asOf: '2008-01-01' });
        expect(Number(after.score.score)).toBeGreaterThanOrEqual(Number(before.score.score));
        expect(Number(after.score.score)).toBeLessThanOrEqual(Number(after.score.maximum));
      }),
      { numRuns: HEAVY_RUNS },
    );
  });

  it('a conflicts summary counts every finding once, and its worst outcome is the worst finding', () => {
    const seeds = fuzzedEntryPoints.find((entry) => entry.name === 'checkConflictsOfInterest')?.seeds ?? [];
    for (const [input, options] of seeds) {
      const result = checkConflictsOfInterest(input as ConflictsInput, options as { asOf: string });
      const counts = result.summary.counts as Record<string, number>;
      expect(sum(Object.values(counts))).toBe(result.findings.length);
      const worst = worstOutcome(result.findings) ?? 'not_applicable';
      expect(result.summary.worstOutcome).toBe(worst);
    }
  });
});

describe('an empty reform changes nothing', () => {
  const empty = applyReform(baselinePolicy, { id: 'nothing', label: 'An empty reform' });

  it('every parameter and source is the baseline’s', () => {
    expect(empty.parameters).toEqual(baselinePolicy.parameters);
    expect(empty.sources).toEqual(baselinePolicy.sources);
    expect(empty.ruleVersions).toEqual(baselinePolicy.ruleVersions);
  });

  it('a reform that restates a parameter’s own values leaves every reading the same', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(baselinePolicy.parameters)), (id) => {
        const parameter = baselinePolicy.parameters[id];
        if (parameter === undefined) return;
        const restated = applyReform(baselinePolicy, { id: 'restate', label: 'Restate', parameters: { [id]: parameter.values.map((value) => ({ ...value })) } });
        expect(restated.parameters[id]?.values).toEqual(parameter.values);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 200) },
    );
  });

  it('every entry point that takes a policy gives the same result under it as under the baseline (but for the policy’s name)', () => {
    const rename = (value: unknown): string => JSON.stringify(value).replaceAll('"baseline+nothing"', '"baseline"');
    let compared = 0;
    for (const entry of fuzzedEntryPoints.filter((candidate) => ['budgets', 'incentives', 'conflicts'].includes(candidate.area))) {
      for (const seed of entry.seeds) {
        const [input, options] = seed;
        const callWith = (policy: typeof baselinePolicy): unknown => entry.call([input, { ...(typeof options === 'object' && options !== null ? options : {}), policy }]);
        if (entry.name === 'conflictsFindingsTable') continue;
        if (entry.name === 'checkConflictsOfInterest' && options === undefined) continue;
        expect(rename(callWith(empty)), entry.name).toBe(rename(callWith(baselinePolicy)));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe('months add up to the year', () => {
  it('the twelve months of any financial year are contiguous, start on 1 April, end on 31 March, and their days sum to the year’s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        const financialYear = financialYearStarting(year);
        const months = monthsOfFinancialYear(financialYear);
        const { start, end } = financialYearBounds(financialYear);
        expect(months[0]?.start).toBe(start);
        expect(months[11]?.end).toBe(end);
        months.forEach((month, index) => {
          const next = months[index + 1];
          if (next !== undefined) expect(addDays(month.end, 1)).toBe(next.start);
          expect(financialYearOf(month.start)).toBe(financialYear);
          expect(month.quarter).toBe(Math.floor(index / 3) + 1);
        });
        expect(sum(months.map((month) => daysBetween(month.start, month.end) + 1))).toBe(daysBetween(start, end) + 1);
      }),
      runs,
    );
  });

  it('day arithmetic is consistent: daysBetween undoes addDays, under any time zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -5_000, max: 5_000 }), (offset, days) => {
        const date = addDays('1950-01-01', offset);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
        expect(addDays(addDays(date, days), -days)).toBe(date);
      }),
      runs,
    );
  });
});
