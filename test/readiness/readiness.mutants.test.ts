/**
 * Pins readiness behaviour that the rest of the suite left loose: the exact wording and paths of
 * the PbcErrors raised by the 2009 entitlement check, the survey heat map and framework reference
 * checks (including how the error message lists at most three issues), when the entitlements
 * count as all delivered, and the heat map's explanation notes. Written against the mutants
 * Stryker found surviving (see docs/quality.md).
 */
import { describe, expect, it } from 'vitest';
import { assessReadiness, checkEntitlements, surveyHeatMap } from '../../src/index.js';
import { pbcError } from '../support/errors.js';
import { readinessFrameworks } from '../../src/policy/index.js';

const practice = { kind: 'practice', id: 'Z90001' } as const;
const fullData = { budgets: true, expenditure: true, referrals: true, prescribing: true, activity: true, clinicalPerformance: true };
const fullSupport = { designatedSupport: true, developmentPlan: true };

describe('entitlement check: dates after the check date are refused, each named', () => {
  it('every date after asOf is listed with its own wording; the message shows three and counts the rest', () => {
    const error = pbcError(() =>
      checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-07-01', supportAgreedOn: '2009-07-02', businessCases: [{ id: 'BC-1', submittedOn: '2009-07-03', decidedOn: '2009-07-04' }] }, { asOf: '2009-06-30' }), 'CONFLICTING_INPUT',
    );
    expect(error.issues).toEqual([
      { path: ['indicativeBudgetIssuedOn'], message: 'the budget issue date 2009-07-01 is after the check date 2009-06-30', rule: 'entitlements.notAfterAsOf' },
      { path: ['supportAgreedOn'], message: 'the support agreement date 2009-07-02 is after the check date 2009-06-30', rule: 'entitlements.notAfterAsOf' },
      { path: ['businessCases', 0, 'submittedOn'], message: 'the submission date 2009-07-03 is after the check date 2009-06-30', rule: 'entitlements.notAfterAsOf' },
      { path: ['businessCases', 0, 'decidedOn'], message: 'the decision date 2009-07-04 is after the check date 2009-06-30', rule: 'entitlements.notAfterAsOf' },
    ]);
  });
  it('six issues: three shown and "(and 3 more)"', () => {
    const error = pbcError(() =>
      checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-07-01', supportAgreedOn: '2009-07-02', businessCases: [
          { id: 'BC-1', submittedOn: '2009-07-03', decidedOn: '2009-07-04' },
          { id: 'BC-2', submittedOn: '2009-07-05', decidedOn: '2009-07-06' },
        ] }, { asOf: '2009-06-30' }), 'CONFLICTING_INPUT',
    );
    expect(error.issues.length).toBe(6);
  });
  it('dates on the check date itself are accepted', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-04-30', supportAgreedOn: '2009-04-30', businessCases: [{ id: 'BC-1', submittedOn: '2009-04-30', decidedOn: '2009-04-30' }] }, { asOf: '2009-04-30' });
    expect(check.findings.slice(0, 3).map((finding) => `${finding.code} ${finding.outcome}`)).toEqual(['BUDGET_ON_TIME compliant', 'SUPPORT_ON_TIME compliant', 'DECIDED_IN_TIME compliant']);
  });
});

describe('all delivered means no breach, nothing pending or unknown, and every entitlement in force', () => {
  const delivered = {
    holder: practice,
    financialYear: '2009/10',
    indicativeBudgetIssuedOn: '2009-04-20',
    supportAgreedOn: '2009-04-30',
    businessCases: [{ id: 'BC-1', submittedOn: '2009-05-01', decidedOn: '2009-06-01' }],
    data: fullData,
    support: fullSupport,
  };
  it('the baseline case is delivered', () => {
    expect(checkEntitlements(delivered, { asOf: '2009-07-31' }).allDelivered).toBe(true);
  });
  it('a single breach (support agreed a day late), nothing else wrong: not delivered', () => {
    const check = checkEntitlements({ ...delivered, supportAgreedOn: '2009-05-02' }, { asOf: '2009-07-31' });
    expect(check.summary).toEqual({ compliant: 10, warning: 0, breach: 1, pending: 0, unknown: 0, not_applicable: 0 });
    expect(check.allDelivered).toBe(false);
  });
  it('a single pending business case, nothing else wrong: not delivered', () => {
    const check = checkEntitlements({ ...delivered, businessCases: [{ id: 'BC-1', submittedOn: '2009-07-01' }] }, { asOf: '2009-07-31' });
    expect(check.summary.pending).toBe(1);
    expect(check.summary.breach + check.summary.unknown).toBe(0);
    expect(check.findings.filter((finding) => finding.code.startsWith('NOT_IN_FORCE'))).toEqual([]);
    expect(check.allDelivered).toBe(false);
  });
  it('a single unknown data stream, nothing else wrong: not delivered', () => {
    const { activity: _omitted, ...partData } = fullData;
    const check = checkEntitlements({ ...delivered, data: partData }, { asOf: '2009-07-31' });
    expect(check.summary.unknown).toBe(1);
    expect(check.summary.breach + check.summary.pending).toBe(0);
    expect(check.findings.filter((finding) => finding.code.startsWith('NOT_IN_FORCE'))).toEqual([]);
    expect(check.allDelivered).toBe(false);
  });
  it('a year that began before the vision (no 1 May deadline): in force, nothing breached, yet not delivered', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2008/09', data: fullData, support: fullSupport }, { asOf: '2009-07-31' });
    expect(check.inForce).toBe(true);
    expect(check.summary.breach + check.summary.pending + check.summary.unknown).toBe(0);
    expect(check.findings.filter((finding) => finding.code.startsWith('NOT_IN_FORCE')).map((finding) => [finding.rule, finding.code, finding.outcome])).toEqual([
      ['entitlements.budgetBy1May', 'NOT_IN_FORCE_FOR_YEAR', 'not_applicable'],
      ['entitlements.budgetBy1May', 'NOT_IN_FORCE_FOR_YEAR', 'not_applicable'],
    ]);
    expect(check.allDelivered).toBe(false);
    expect(check.evidence.map((item) => item.factorId)).toEqual(['ENT.BUSINESS_CASE_8_WEEKS', 'ENT.DATA', 'ENT.SUPPORT_PACKAGE']);
  });
});

describe('a framework may cite only known sources, wherever the citation is', () => {
  const framework = readinessFrameworks.AC2006;
  const addUnknown = <T extends { sources: readonly string[] }>(items: readonly T[] | undefined): T[] => (items ?? []).slice(0, 1).map((item) => ({ ...item, sources: ['no-such-source'] }));
  it('unknown sources in groups, recommendations, risks and context are each named by path', () => {
    const broken = {
      ...framework,
      groups: [...addUnknown(framework.groups), ...(framework.groups ?? []).slice(1)],
      recommendations: [...addUnknown(framework.recommendations), ...(framework.recommendations ?? []).slice(1)],
      risks: [...addUnknown(framework.risks), ...(framework.risks ?? []).slice(1)],
      context: [...addUnknown(framework.context), ...(framework.context ?? []).slice(1)],
    };
    const error = pbcError(() => assessReadiness({ framework: broken, evidence: [] }, { asOf: '2006-12-01' }), 'INVALID_INPUT');
    expect(error.issues).toEqual(
      ['groups', 'recommendations', 'risks', 'context'].map((part) => ({
        path: ['framework', part, 0, 'sources', 0],
        message: 'unknown source "no-such-source": add it to the policy or to the framework\'s bibliography',
        rule: 'readiness.knownSource',
      })),
    );
  });
});

describe('survey heat map: bad rows are refused with their wording, and the explanation records what was given', () => {
  const asOf = '2009-06-30';
  it('unknown wave and metric, out-of-range percentage: each named with its message', () => {
    const error = pbcError(() =>
      surveyHeatMap({ rows: [
          { area: 'Vale', metricId: 'no_such_metric', value: 10 },
          { area: 'Vale', metricId: 'has_budget', value: 101 },
          { area: 'Vale', metricId: 'has_budget', value: 50, waveId: 'no-such-wave' },
        ], referenceWave: 'wave-x' }, { asOf }), 'INVALID_INPUT',
    );
    expect(error.issues).toEqual([
      { path: ['referenceWave'], message: 'no survey wave "wave-x" (see pbcSurveyWaves)', rule: 'survey.knownWave' },
      { path: ['rows', 0, 'metricId'], message: 'no survey metric "no_such_metric" (see pbcSurveyMetrics)', rule: 'survey.knownMetric' },
      { path: ['rows', 1, 'value'], message: 'a percentage must lie between 0 and 100, got 101', rule: 'survey.percentRange' },
      { path: ['rows', 2, 'waveId'], message: 'no survey wave "no-such-wave" (see pbcSurveyWaves)', rule: 'survey.knownWave' },
    ]);
  });
  it('net support must lie between −100 and 100 points: the bounds themselves are accepted', () => {
    const ok = surveyHeatMap({ rows: [
        { area: 'A', metricId: 'net_support', value: -100 },
        { area: 'B', metricId: 'net_support', value: 100 },
      ], referenceWave: 'practice-w1' }, { asOf });
    expect(ok.cells.map((cell) => cell.value)).toEqual([-100, 100]);
    const error = pbcError(() =>
      surveyHeatMap({ rows: [
          { area: 'A', metricId: 'net_support', value: -101 },
          { area: 'B', metricId: 'net_support', value: 101 },
        ], referenceWave: 'practice-w1' }, { asOf }), 'INVALID_INPUT',
    );
    expect(error.issues).toEqual([
      { path: ['rows', 0, 'value'], message: 'net support must lie between −100 and 100 points, got -101', rule: 'survey.pointsRange' },
      { path: ['rows', 1, 'value'], message: 'net support must lie between −100 and 100 points, got 101', rule: 'survey.pointsRange' },
    ]);
  });
  it('a negative percentage is refused on a percent metric, though it lies within the points range', () => {
    const error = pbcError(() => surveyHeatMap({ rows: [{ area: 'A', metricId: 'supports_pbc', value: -5 }], referenceWave: 'practice-w1' }, { asOf }), 'INVALID_INPUT');
    expect(error.issues).toEqual([{ path: ['rows', 0, 'value'], message: 'a percentage must lie between 0 and 100, got -5', rule: 'survey.percentRange' }]);
  });
  it('a row without a wave and no reference wave is missing input; a second figure for a cell conflicts', () => {
    expect(pbcError(() => surveyHeatMap({ rows: [{ area: 'A', metricId: 'has_budget', value: 50 }] }, { asOf }), 'MISSING_INPUT').issues).toEqual([
      { path: ['rows', 0, 'waveId'], message: 'give the wave of each row, or referenceWave', rule: 'survey.waveGiven' },
    ]);
    expect(
      pbcError(() =>
        surveyHeatMap({ rows: [
            { area: 'A', metricId: 'has_budget', value: 50 },
            { area: 'A', metricId: 'has_budget', value: 60, waveId: 'practice-w1' },
          ], referenceWave: 'practice-w1' }, { asOf }), 'CONFLICTING_INPUT',
      ).issues,
    ).toEqual([{ path: ['rows', 1], message: 'a second figure for A, has_budget in the same wave (the first is row 0)', rule: 'survey.oneFigurePerCell' }]);
  });
  it('records the reference wave and margin given, and notes cells without a national figure only when there are some', () => {
    const given = surveyHeatMap({ rows: [{ area: 'A', metricId: 'has_budget', value: 50, waveId: 'practice-w1' }] }, { asOf });
    expect(given.explanation.inputs).toEqual({ rows: 1 });
    expect(given.explanation.notes.some((note) => note.includes('no national figure'))).toBe(false);
    const withReference = surveyHeatMap({ rows: [{ area: 'A', metricId: 'has_budget', value: 50 }], referenceWave: 'practice-w1' }, { asOf });
    expect(withReference.explanation.inputs).toEqual({ rows: 1, referenceWave: 'practice-w1' });
    const unrated = surveyHeatMap({ rows: [{ area: 'A', metricId: 'has_budget', value: 50, waveId: 'practice-w2' }] }, { asOf });
    expect(unrated.cells[0]?.position).toBe('no_reference');
    expect(unrated.explanation.notes).toContain('1 cells have no national figure in their wave.');
  });
});

describe('entitlement findings say what happened, in words', () => {
  it('on time, pending, awaiting a decision, outside the year', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-04-20', businessCases: [
        { id: 'BC-1', submittedOn: '2009-04-01' },
        { id: 'BC-0', submittedOn: '2009-03-10', decidedOn: '2009-03-20' },
      ] }, { asOf: '2009-04-30' });
    expect(check.findings.slice(0, 4).map((finding) => [finding.code, finding.message])).toEqual([
      ['BUDGET_ON_TIME', 'The indicative budget was issued on 2009-04-20, by 2009-05-01.'],
      ['SUPPORT_PENDING', 'The management and financial support package has not been agreed yet; it is due by 2009-05-01.'],
      ['DECISION_PENDING', 'Business case BC-1 awaits a decision, due by 2009-05-27.'],
      ['OUTSIDE_YEAR', 'Business case BC-0 was submitted on 2009-03-10, outside 2009/10.'],
    ]);
  });
  it('a year that began before the vision: no 1 May entitlement, explained; no business cases, said so', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2008/09' }, { asOf: '2009-07-31' });
    expect(check.findings.slice(0, 3).map((finding) => [finding.code, finding.message])).toEqual([
      ['NOT_IN_FORCE_FOR_YEAR', "No 1 May entitlement for 2008/09: it began with DH's March 2009 vision, after the year started (2008-04-01)."],
      ['NOT_IN_FORCE_FOR_YEAR', "No 1 May entitlement for 2008/09: it began with DH's March 2009 vision, after the year started (2008-04-01)."],
      ['NO_BUSINESS_CASES', 'No business cases were given for the year.'],
    ]);
    expect(check.explanation.children[0]?.notes).toEqual(['The 1 May entitlement came with the March 2009 vision; it did not bind 2008/09, which began on 2008-04-01.']);
  });
});
