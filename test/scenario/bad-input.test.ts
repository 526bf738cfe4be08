import { describe, expect, it } from 'vitest';
import { compareScenarios, evaluateArea, type EvaluateAreaInput } from '../../src/index.js';
import { applyReform } from '../../src/policy/index.js';
import { ScenarioAreaSchema } from '../../src/schemas/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { localScheme, sampleArea, twelve } from './fixtures.js';
import { expectIssue, pbcError } from '../support/errors.js';

const asOf = '2008-06-30';
type Mutable = EvaluateAreaInput & { [key: string]: unknown };
const evaluate = (area: unknown) => () => evaluateArea(area as never, { asOf, explanations: false });
const withArea = (change: (area: Mutable) => void): Mutable => {
  const area = structuredClone(sampleArea()) as Mutable;
  change(area);
  return area;
};

describe('evaluateArea: bad areas are refused, every issue with its path in the area', () => {
  it('an area that is not an object, or lacks PCTs and practices', () => {
    expectIssue(evaluate('England'), 'INVALID_INPUT', []);
    const error = pbcError(evaluate({ financialYear: '2007/08', pcts: [], practices: [] }), 'INVALID_INPUT');
    expect(error.issues.map((issue) => issue.path)).toEqual([['pcts'], ['practices']]);
    expectIssue(evaluate(withArea((area) => (area['extra'] = 1))), 'INVALID_INPUT', []);
  });

  it('codes appear once; references are known', () => {
    expectIssue(evaluate(withArea((area) => area.practices.push({ ...area.practices[0]! }))), 'CONFLICTING_INPUT', ['practices', 2, 'code'], 'scenario.area.uniquePractices');
    expectIssue(evaluate(withArea((area) => area.pcts.push({ ...area.pcts[0]! }))), 'CONFLICTING_INPUT', ['pcts', 1, 'code'], 'scenario.area.uniquePcts');
    expectIssue(evaluate(withArea((area) => (area.practices[1]!.pctCode = '5YY'))), 'CONFLICTING_INPUT', ['practices', 1, 'pctCode'], 'scenario.area.knownPct');
    expectIssue(evaluate(withArea((area) => (area.pcts[0]!.shaCode = 'Q98'))), 'CONFLICTING_INPUT', ['pcts', 0, 'shaCode'], 'scenario.area.knownSha');
    expectIssue(evaluate(withArea((area) => area.shas?.push({ code: 'Q99' }))), 'CONFLICTING_INPUT', ['shas', 1, 'code'], 'scenario.area.uniqueShas');
    expectIssue(evaluate(withArea((area) => area.businessCases?.push(structuredClone(area.businessCases[0]!)))), 'CONFLICTING_INPUT', ['businessCases', 1, 'businessCase', 'id'], 'scenario.area.uniqueCases');
    expectIssue(evaluate(withArea((area) => (area.businessCases![0]!.pctCode = '5YY'))), 'CONFLICTING_INPUT', ['businessCases', 0, 'pctCode'], 'scenario.area.knownPct');
  });

  it('a PCT with no practices is missing input', () => {
    const area = withArea((draft) => draft.pcts.push({ ...draft.pcts[0]!, code: '5YY' }));
    expectIssue(evaluate(area), 'MISSING_INPUT', ['pcts', 1, 'code'], 'scenario.area.pctHasPractices');
  });

  it('groups: members known, in the group\'s PCT, in one group only', () => {
    expectIssue(evaluate(withArea((area) => (area.groups![0]!.memberPracticeCodes = ['Z90001', 'Z90009']))), 'CONFLICTING_INPUT', ['groups', 0, 'memberPracticeCodes', 1], 'scenario.area.knownPractice');
    expectIssue(
      evaluate(withArea((area) => area.groups!.push({ id: 'vale-south', pctCode: '5ZZ', memberPracticeCodes: ['Z90002'] }))),
      'CONFLICTING_INPUT',
      ['groups', 1, 'memberPracticeCodes', 0],
      'scenario.area.oneGroupPerPractice',
    );
    expectIssue(evaluate(withArea((area) => (area.groups![0]!.memberPracticeCodes = ['Z90001', 'Z90001']))), 'CONFLICTING_INPUT', ['groups', 0, 'memberPracticeCodes', 1], 'budget.group.uniqueMembers');
    expectIssue(evaluate(withArea((area) => area.groups!.push({ id: 'vale-north', pctCode: '5ZZ', memberPracticeCodes: [] }))), 'INVALID_INPUT', ['groups', 1, 'memberPracticeCodes']);
    expectIssue(evaluate(withArea((area) => area.groups!.push({ id: 'vale-east', pctCode: '5YY', memberPracticeCodes: ['Z90002'] }))), 'CONFLICTING_INPUT', ['groups', 1, 'pctCode'], 'scenario.area.knownPct');
    expectIssue(evaluate(withArea((area) => area.groups!.push({ id: 'vale-north', pctCode: '5ZZ', memberPracticeCodes: ['Z90002'] }))), 'CONFLICTING_INPUT', ['groups', 1, 'id'], 'scenario.area.uniqueGroups');
    const otherPct = withArea((area) => {
      area.pcts.push({ ...area.pcts[0]!, code: '5YY', readiness: [] });
      area.practices[1]!.pctCode = '5YY';
      area.practices[1]!.localIncentive = undefined;
    });
    delete otherPct.practices[1]!.localIncentive;
    expectIssue(evaluate(otherPct), 'CONFLICTING_INPUT', ['groups', 0, 'memberPracticeCodes', 1], 'scenario.area.groupWithinPct');
  });

  it('spend: twelve whole, non-negative months, one entry per line', () => {
    expectIssue(evaluate(withArea((area) => (area.practices[0]!.spend[0]!.months = twelve(1).slice(1)))), 'INVALID_INPUT', ['practices', 0, 'spend', 0, 'months']);
    const negative = twelve(1);
    negative[3] = -5;
    expectIssue(evaluate(withArea((area) => (area.practices[0]!.spend[0]!.months = negative))), 'INVALID_INPUT', ['practices', 0, 'spend', 0, 'months', 3], 'scenario.spend.wholePence');
    const fraction = twelve(1);
    fraction[11] = 1.5;
    expectIssue(evaluate(withArea((area) => (area.practices[0]!.spend[0]!.months = fraction))), 'INVALID_INPUT', ['practices', 0, 'spend', 0, 'months', 11], 'scenario.spend.wholePence');
    expectIssue(evaluate(withArea((area) => area.practices[0]!.spend.push({ serviceLine: 'PRESCRIBING', months: twelve(1) }))), 'CONFLICTING_INPUT', ['practices', 0, 'spend', 2, 'serviceLine'], 'scenario.area.oneSpendEntryPerLine');
  });

  it('spend on a line outside the budget is refused with the area\'s path', () => {
    // Mental health is optional in 2007/08 and this PCT's scope leaves it out.
    expectIssue(
      evaluate(withArea((area) => area.practices[1]!.spend.push({ serviceLine: 'MENTAL_HEALTH', months: twelve(1) }))),
      'INVALID_INPUT',
      ['practices', 1, 'spend', 2, 'serviceLine'],
      'budget.monitor.lineInBudget',
    );
  });

  it('claims and scheme entries belong to their practice; a scheme entry needs a scheme', () => {
    expectIssue(evaluate(withArea((area) => (area.practices[0]!.localIncentive!.practiceCode = 'Z90002'))), 'CONFLICTING_INPUT', ['practices', 0, 'localIncentive', 'practiceCode'], 'scenario.area.claimForThePractice');
    expectIssue(evaluate(withArea((area) => delete area.pcts[0]!.localIncentiveScheme)), 'MISSING_INPUT', ['practices', 0, 'localIncentive'], 'scenario.area.localSchemeExists');
    const claim = { component: 'C1' as const, practiceCode: 'Z90002', planAgreedOn: '2006-06-01', listSizes: [{ date: '2006-04-01', registered: 6000 }] };
    expectIssue(evaluate(withArea((area) => (area.practices[0]!.desClaims = [claim]))), 'CONFLICTING_INPUT', ['practices', 0, 'desClaims', 0, 'practiceCode'], 'scenario.area.claimForThePractice');
    expectIssue(
      evaluate(withArea((area) => (area.practices[1]!.desClaims = [claim, claim]))),
      'CONFLICTING_INPUT',
      ['practices', 1, 'desClaims', 1, 'component'],
      'incentives.schedule.oneClaimPerComponent',
    );
    expectIssue(
      evaluate(withArea((area) => (area.pcts[0]!.readiness = [area.pcts[0]!.readiness![0]!, area.pcts[0]!.readiness![0]!]))),
      'CONFLICTING_INPUT',
      ['pcts', 0, 'readiness', 1, 'framework'],
      'scenario.area.oneEntryPerFramework',
    );
  });

  it('the options: asOf required, a real date, after the first month; explanations a boolean; a valid policy; no unknown key', () => {
    expectIssue(() => evaluateArea(sampleArea(), undefined as never), 'MISSING_INPUT', ['asOf']);
    expectIssue(() => evaluateArea(sampleArea(), { asOf: '2008-02-30' }), 'INVALID_DATE', ['asOf']);
    expectIssue(() => evaluateArea(sampleArea(), { asOf, explanations: 'yes' as never }), 'INVALID_INPUT', ['explanations']);
    expectIssue(() => evaluateArea(sampleArea(), { asOf, policy: { id: 'x' } as never }), 'INVALID_POLICY', ['policy']);
    expectIssue(() => evaluateArea(sampleArea(), { asOf, explanation: false } as never), 'INVALID_INPUT', []);
    const april = withArea((area) => {
      area.businessCases = [];
      for (const practice of area.practices) practice.localIncentive!.planApprovedOn = '2007-04-20';
    });
    expectIssue(() => evaluateArea(april, { asOf: '2007-04-29' }), 'INVALID_INPUT', ['asOf'], 'scenario.asOf.afterFirstMonth');
    expect(evaluateArea(april, { asOf: '2007-04-30', explanations: false }).throughMonth).toBe(1);
  });

  it('a year before PBC budgets is not in force', () => {
    expectIssue(evaluate(withArea((area) => (area.financialYear = '2004/05'))), 'NOT_IN_FORCE', ['financialYear'], 'scenario.realBudgetLines');
  });

  it("an area function's error is re-pointed at the part of the area it came from", () => {
    // setIndicativeBudget: no resources for a line in scope.
    const missing = expectIssue(
      evaluate(withArea((area) => (area.pcts[0]!.budgetSetting.pctResources = area.pcts[0]!.budgetSetting.pctResources.slice(1)))),
      'MISSING_INPUT',
      ['pcts', 0, 'budgetSetting', 'pctResources'],
      'budget.controlTotal.resourcesPerLine',
    );
    expect(missing.message).toContain('PCT 5ZZ: setting indicative budgets');
    // A practice-level budget error: historic activity on a line outside the scope.
    expectIssue(
      evaluate(withArea((area) => (area.practices[1]!.historic = { activity: [{ serviceLine: 'MENTAL_HEALTH', count: 1, unitPrice: 100 }] }))),
      'INVALID_INPUT',
      ['practices', 1, 'historic', 'activity', 0, 'serviceLine'],
      'budget.scope.lineOutsideScope',
    );
    // freedUpResources: an earlier year that is not earlier.
    expectIssue(
      evaluate(withArea((area) => (area.practices[0]!.freedUpResources = { history: [{ financialYear: '2008/09', budget: 1, outturn: 1 }] }))),
      'CONFLICTING_INPUT',
      ['practices', 0, 'freedUpResources', 'history', 0, 'financialYear'],
    );
    // The incentive schedule: a local scheme that starts before local schemes existed.
    expectIssue(
      evaluate(withArea((area) => (area.pcts[0]!.localIncentiveScheme = { ...localScheme, listSizeDate: '2007-07-01' }))),
      'MISSING_INPUT',
      ['practices', 0, 'localIncentive', 'listSizes'],
    );
    expectIssue(
      evaluate(withArea((area) => (area.pcts[0]!.localIncentiveScheme = { ...localScheme, startsOn: '2007-03-01', instalments: [{ id: 'all', payOn: '2007-06-30', weight: 1 }] }))),
      'NOT_IN_FORCE',
      ['pcts', 0, 'localIncentiveScheme', 'startsOn'],
    );
    const desClaim = { component: 'C1' as const, practiceCode: 'Z90001', planAgreedOn: '2006-06-01', listSizes: [{ date: '2006-05-01', registered: 6000 }] };
    expectIssue(evaluate(withArea((area) => (area.practices[0]!.desClaims = [desClaim]))), 'MISSING_INPUT', ['practices', 0, 'desClaims', 0, 'listSizes']);
    // checkConflictsOfInterest: a decision before the submission.
    expectIssue(
      evaluate(withArea((area) => (area.businessCases![0]!.businessCase.decision!.decidedOn = '2007-05-01'))),
      'CONFLICTING_INPUT',
      ['businessCases', 0, 'businessCase', 'decision', 'decidedOn'],
    );
    // assessReadiness: evidence for a factor the framework does not have; a negative weight.
    expectIssue(
      evaluate(withArea((area) => (area.pcts[0]!.readiness![0]!.evidence[0]!.factorId = 'AC07.NO_SUCH'))),
      'INVALID_INPUT',
      ['pcts', 0, 'readiness', 0, 'evidence', 0, 'factorId'],
    );
    expectIssue(
      evaluate(withArea((area) => (area.pcts[0]!.readiness![0]!.weights = { 'AC07.F1_BUDGETS': -1 }))),
      'INVALID_INPUT',
      ['pcts', 0, 'readiness', 0, 'weights', 'AC07.F1_BUDGETS'],
    );
  });

  it('the schema is exported for callers who check an area first', () => {
    expect(ScenarioAreaSchema.safeParse(sampleArea()).success).toBe(true);
  });
});

describe('compareScenarios: bad policies, reforms and options', () => {
  it('refuses a baseline that is not a policy, at options.policy as every rule does', () => {
    expectIssue(() => compareScenarios(sampleArea(), { policy: { id: 'x' } as never, reform: { id: 'r', label: 'R' }, asOf }), 'INVALID_POLICY', ['policy']);
    const broken = { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, 'fur.practiceShare': { ...baselinePolicy.parameters['fur.practiceShare']!, values: [{ from: '2006-04-01', value: 'x', sources: ['nowhere'], confidence: 'confirmed' as const }] } } };
    expectIssue(() => compareScenarios(sampleArea(), { policy: broken, reform: { id: 'r', label: 'R' }, asOf }), 'INVALID_POLICY', ['policy', 'parameters', 'fur.practiceShare']);
  });

  it('refuses a reform that cannot be applied, and an invalid reform policy', () => {
    expectIssue(
      () => compareScenarios(sampleArea(), { reform: { id: 'bad', label: 'Bad', parameters: { 'no.such': [{ from: '2007-04-01', value: 1, sources: ['kf-2004-100pc'], confidence: 'derived' }] } }, asOf }),
      'INVALID_REFORM',
      ['parameters', 'no.such'],
    );
    const reformed = applyReform(baselinePolicy, { id: 'r', label: 'R' });
    const broken = { ...reformed, parameters: { ...reformed.parameters, 'fur.practiceShare': { ...reformed.parameters['fur.practiceShare']!, values: [{ from: '2006-04-01', value: '0.7', sources: ['nowhere'], confidence: 'confirmed' as const }] } } };
    expectIssue(() => compareScenarios(sampleArea(), { reform: broken, asOf }), 'INVALID_POLICY', ['reform', 'parameters', 'fur.practiceShare']);
  });

  it('refuses a real-budget list that names no service line', () => {
    const reform = { id: 'odd', label: 'Odd', parameters: { 'budget.realBudget.lines': [{ from: '2007-04-01', value: ['DENTISTRY'], sources: ['kf-2008-report'], confidence: 'unconfirmed' as const }] } };
    expectIssue(() => compareScenarios(sampleArea(), { reform, asOf }), 'INVALID_POLICY', ['parameters', 'budget.realBudget.lines'], 'scenario.realBudgetLines');
  });

  it('refuses bad options and a bad area', () => {
    expectIssue(() => compareScenarios(sampleArea(), undefined as never), 'MISSING_INPUT', ['asOf']);
    expectIssue(() => compareScenarios(sampleArea(), { reform: { id: 'r', label: 'R' } } as never), 'MISSING_INPUT', ['asOf']);
    expectIssue(() => compareScenarios(sampleArea(), { reform: { id: 'r', label: 'R' }, asOf: '2008-02-30' }), 'INVALID_DATE', ['asOf']);
    expectIssue(() => compareScenarios(sampleArea(), { asOf } as never), 'MISSING_INPUT', ['reform'], 'scenario.compare.reform');
    expectIssue(() => compareScenarios(sampleArea(), { reform: { id: 'r', label: 'R' }, asOf, baseline: baselinePolicy } as never), 'INVALID_INPUT', []);
    expectIssue(() => compareScenarios(sampleArea(), 'today' as never), 'INVALID_INPUT', ['options']);
    expectIssue(() => compareScenarios({} as never, { reform: { id: 'r', label: 'R' }, asOf }), 'INVALID_INPUT', ['financialYear']);
  });
  it('the checks across fields that the area schema leaves to the rules still run on the parsed area', () => {
    // Freed-up resources: earlier years must be before the area's year, none twice.
    const history = (years: string[]) => years.map((financialYear) => ({ financialYear, budget: 100_000, outturn: 90_000 }));
    const withHistory = (years: string[]) => withArea((area) => (area.practices[0]!.freedUpResources = { businessCase: { status: 'approved' }, history: history(years) }));
    expectIssue(evaluate(withHistory(['2007/08'])), 'CONFLICTING_INPUT', ['practices', 0, 'freedUpResources', 'history', 0, 'financialYear'], 'budget.balancing.earlierYears');
    expectIssue(evaluate(withHistory(['2006/07', '2006/07'])), 'INVALID_INPUT', ['practices', 0, 'freedUpResources', 'history', 1, 'financialYear'], 'budget.balancing.uniqueYears');
    expect(() => evaluate(withHistory(['2005/06', '2006/07']))()).not.toThrow();
    // A local scheme's own consistency, checked for each practice in it.
    const early = withArea((area) => (area.pcts[0]!.localIncentiveScheme = { ...localScheme, instalments: [{ id: 'sign-up', payOn: '2007-03-30', weight: 1 }] }));
    expectIssue(evaluate(early), 'CONFLICTING_INPUT', ['pcts', 0, 'localIncentiveScheme', 'instalments', 0, 'payOn'], 'local.instalments.afterStart');
    // Budget setting: no line twice in the PCT's resources or in a practice's line weights.
    const resources = withArea((area) => area.pcts[0]!.budgetSetting.pctResources.push({ ...area.pcts[0]!.budgetSetting.pctResources[0]! }));
    const last = resources.pcts[0]!.budgetSetting.pctResources.length - 1;
    expectIssue(evaluate(resources), 'INVALID_INPUT', ['pcts', 0, 'budgetSetting', 'pctResources', last, 'serviceLine'], 'budget.controlTotal.uniqueLines');
    const twice = withArea((area) => {
      const line = area.pcts[0]!.budgetSetting.pctResources[0]!.serviceLine;
      area.practices[1]!.lineWeights = [{ serviceLine: line, weight: 1 }, { serviceLine: line, weight: 2 }];
    });
    expectIssue(evaluate(twice), 'INVALID_INPUT', ['practices', 1, 'lineWeights', 1, 'serviceLine'], 'budget.fairShare.uniqueLineWeights');
    // Readiness: two pieces of evidence about one factor on one day that disagree.
    const conflicting = withArea((area) => {
      const readiness = area.pcts[0]!.readiness![0]!;
      readiness.evidence = [...readiness.evidence, { ...readiness.evidence[0]!, status: readiness.evidence[0]!.status === 'met' ? 'not_met' : 'met' }];
    });
    expectIssue(evaluate(conflicting), 'CONFLICTING_INPUT', ['pcts', 0, 'readiness', 0, 'evidence', 5, 'observedOn'], 'readiness.oneStatusPerDate');
  });
});
