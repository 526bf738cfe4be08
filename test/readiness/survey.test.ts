import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { surveyHeatMap } from '../../src/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy, pbcSurveyFigures, pbcSurveyMetrics, pbcSurveyWaves } from '../../src/policy/index.js';
import { raisedIssues } from '../support/errors.js';
import type { Policy } from '../../src/policy/index.js';

const margins = new Map<number, Policy>();
/** The baseline with another margin: the margin is law, so a local choice of it is a reform. */
function withMargin(points: number): Policy {
  const known = margins.get(points);
  if (known !== undefined) return known;
  const policy = applyReform(baselinePolicy, {
    id: `margin-${points}`,
    label: `A ${points}-point margin`,
    parameters: { 'readiness.surveyHeatMap.similarMarginPoints': [{ from: '1991-04-01', value: points, sources: ['pbc-library-readiness-choices'], confidence: 'unconfirmed' }] },
  });
  margins.set(points, policy);
  return policy;
}

const value = (waveId: string, metricId: string): number | null | undefined => pbcSurveyFigures.find((figure) => figure.waveId === waveId && figure.metricId === metricId)?.value;
const series = (metricId: string): [string, number | null][] => pbcSurveyFigures.filter((figure) => figure.metricId === metricId).map((figure) => [figure.waveId, figure.value]);

describe('the DH/Ipsos MORI PBC practice survey reproduces the published figures (money fact sheet §6.3; governance fact sheet §6)', () => {
  it('practices given an indicative budget: 56% (W1); 73% (W5); 69% (W6); 61% (Jul–Sep 2009); 84% of leads', () => {
    expect(series('has_budget')).toEqual([
      ['practice-w1', 56],
      ['practice-w5', 73],
      ['practice-w6', 69],
      ['practice-jul-sep-2009', 61],
      ['leads-w1', 84],
    ]);
    expect(value('practice-mid-2009', 'aware_of_budget')).toBe(68);
  });
  it('commissioning plan agreed: under half (~46%, derived), 54%, 67%, 64%, 64%; 80% of leads', () => {
    expect(series('plan_agreed')).toEqual([
      ['practice-w1', 46],
      ['practice-w2', 54],
      ['practice-w5', 67],
      ['practice-w6', 64],
      ['practice-jul-sep-2009', 64],
      ['leads-w1', 80],
    ]);
    expect(pbcSurveyFigures.find((figure) => figure.waveId === 'practice-w1' && figure.metricId === 'plan_agreed')).toMatchObject({ qualifier: 'about', confidence: 'derived', published: '"less than half"' });
  });
  it('support for PBC: 57, 59, 62, 64, 62, 64 (the BMJ, 6 March 2009: "from 64% in the last survey to 62% now")', () => {
    expect(series('supports_pbc')).toEqual([
      ['practice-w1', 57],
      ['practice-w2', 59],
      ['practice-w3', 62],
      ['practice-w4', 64],
      ['practice-w5', 62],
      ['practice-w6', 64],
    ]);
    expect(series('net_support')).toEqual([
      ['practice-w1', 37],
      ['practice-w2', 42],
      ['practice-w3', 45],
      ['practice-w4', 49],
    ]);
    expect([value('practice-w1', 'neutral_on_pbc'), value('practice-w1', 'strongly_opposes_pbc'), value('practice-w5', 'neutral_on_pbc'), value('practice-w6', 'neutral_on_pbc'), value('practice-w6', 'strongly_opposes_pbc')]).toEqual([22, 8, 20, 20, 5]);
  });
  it('commissioned at least one new service: 33%, 36%, 46%, 56%, 61%; providing more services 47% then 51%; business cases 62%, 63%', () => {
    expect(series('commissioned_new_service')).toEqual([
      ['practice-w1', 33],
      ['practice-w2', 36],
      ['practice-w4', 46],
      ['practice-w5', 56],
      ['practice-w6', 61],
    ]);
    expect(series('providing_more_services')).toEqual([
      ['practice-w5', 47],
      ['practice-w6', 51],
    ]);
    expect(series('submitted_business_case')).toEqual([
      ['practice-w5', 62],
      ['practice-w6', 63],
      ['leads-w1', 82],
    ]);
  });
  it('PBC has improved patient care: 13%, 12%, 16%, 18%; 51% in mid-2009 (wave unconfirmed)', () => {
    expect(series('improved_patient_care')).toEqual([
      ['practice-w1', 13],
      ['practice-w2', 12],
      ['practice-w3', 16],
      ['practice-w4', 18],
      ['practice-mid-2009', 51],
    ]);
    expect([value('practice-w1', 'not_improved_patient_care'), value('practice-w1', 'too_early_to_tell'), value('practice-w2', 'no_difference_to_practice_yet')]).toEqual([31, 37, 76]);
  });
  it('relationships and PCT support: good relationship 72/74/71/74%, 60% (Jul–Sep 2009), 82% of leads; management support good 37/42/40/44%, 57% of leads', () => {
    expect(series('good_pct_relationship')).toEqual([
      ['practice-w1', 72],
      ['practice-w2', 74],
      ['practice-w3', 71],
      ['practice-w4', 74],
      ['practice-jul-sep-2009', 60],
      ['leads-w1', 82],
    ]);
    expect(series('management_support_good')).toEqual([
      ['practice-w1', 37],
      ['practice-w2', 42],
      ['practice-w3', 40],
      ['practice-w4', 44],
      ['leads-w1', 57],
    ]);
    expect(pbcSurveyFigures.find((figure) => figure.metricId === 'management_support_poor')).toMatchObject({ waveId: 'practice-w1', value: 50, qualifier: 'more_than' });
    expect(value('practice-w1', 'management_support_very_poor')).toBe(26);
    expect(pbcSurveyFigures.find((figure) => figure.metricId === 'pct_support_poor')).toMatchObject({ waveId: 'practice-mid-2009', value: 30, qualifier: 'more_than' });
  });
  it('information, population engagement, groups and incentive schemes', () => {
    expect(pbcSurveyFigures.find((figure) => figure.metricId === 'information_good')).toMatchObject({ waveId: 'practice-w1', value: null, qualifier: 'about', published: 'about a third rate PCT information good' });
    expect(series('information_poor')).toEqual([
      ['practice-w1', 43],
      ['practice-w5', 36],
    ]);
    expect(series('not_engaging_population')).toEqual([
      ['practice-w2', 35],
      ['practice-w4', 25],
    ]);
    expect([value('practice-w5', 'in_pbc_group'), value('practice-w5', 'offered_incentive_scheme')]).toEqual([91, 74]);
  });
  it('the waves: 1,198 practices in wave 1; 1,898 of 2,613 (73%) in wave 6; numbers after wave 2 inferred', () => {
    const byId = new Map(pbcSurveyWaves.map((wave) => [wave.id, wave]));
    expect(byId.get('practice-w1')).toMatchObject({ number: 1, respondents: 1198, fieldwork: '18 June – 6 August (2007)', periodConfidence: 'derived' });
    expect(byId.get('practice-w6')).toMatchObject({ number: 6, numberConfidence: 'derived', respondents: 1898, sampled: 2613, responseRatePercent: 73 });
    expect(byId.get('practice-w4')).toMatchObject({ periodFrom: '2008-06', periodTo: '2008-08', periodConfidence: 'confirmed' });
    expect(byId.get('practice-mid-2009')).toMatchObject({ number: null, numberConfidence: 'unconfirmed' });
    expect(byId.get('leads-w1')).toMatchObject({ series: 'leads', fieldwork: 'October – November 2009', published: '2009-12-08' });
  });
});

describe('the PBC group and independent leads survey, wave 1, October–November 2009 (money fact sheet §6.4)', () => {
  it('reproduces the published figures', () => {
    const leads = Object.fromEntries(pbcSurveyFigures.filter((figure) => figure.waveId === 'leads-w1').map((figure) => [figure.metricId, figure.value]));
    expect(leads).toEqual({
      has_budget: 84,
      plan_agreed: 80,
      good_pct_relationship: 82,
      management_support_good: 57,
      business_case_feedback_good: 29,
      involved_tackling_variation: 88,
      submitted_business_case: 82,
      business_cases_some_approved: 80,
      business_cases_some_implemented: 66,
      no_share_of_freed_up_resources: 62,
      impact_care_closer_to_home: 80,
      impact_patient_experience: 77,
      impact_cost_effective_care: 77,
    });
    expect(pbcSurveyFigures.find((figure) => figure.waveId === 'leads-w1' && figure.metricId === 'submitted_business_case')?.note).toBe('The DH press release gives 81%.');
  });
});

describe('the tables are well formed', () => {
  it('every figure names a known wave and metric, cites known sources, once per cell; every metric is used', () => {
    const waves = new Set(pbcSurveyWaves.map((wave) => wave.id));
    const metrics = new Set(pbcSurveyMetrics.map((metric) => metric.id));
    const cells = new Set<string>();
    for (const figure of pbcSurveyFigures) {
      expect(waves.has(figure.waveId), figure.waveId).toBe(true);
      expect(metrics.has(figure.metricId), figure.metricId).toBe(true);
      expect(pbcSurveyWaves.find((wave) => wave.id === figure.waveId)?.series).toBe(figure.series);
      for (const source of figure.sources) expect(baselinePolicy.sources[source], source).toBeDefined();
      const cell = `${figure.waveId}/${figure.metricId}`;
      expect(cells.has(cell), cell).toBe(false);
      cells.add(cell);
    }
    for (const wave of pbcSurveyWaves) for (const source of wave.sources) expect(baselinePolicy.sources[source], source).toBeDefined();
    expect(pbcSurveyMetrics.every((metric) => pbcSurveyFigures.some((figure) => figure.metricId === metric.id))).toBe(true);
    expect(pbcSurveyFigures).toHaveLength(74);
  });
  it('is frozen data', () => {
    expect(Object.isFrozen(pbcSurveyFigures)).toBe(true);
    expect(Object.isFrozen(pbcSurveyWaves[0])).toBe(true);
    expect(Object.isFrozen(pbcSurveyMetrics[0])).toBe(true);
  });
});

describe('surveyHeatMap: area × metric against the national figure of the wave ("heat map", BMJ 6 March 2009)', () => {
  it('bands each cell by the metric’s direction, within a 5-point margin (an unconfirmed parameter)', () => {
    const map = surveyHeatMap({ rows: [
        { area: '5ZZ', metricId: 'strongly_opposes_pbc', value: 9 },
        { area: '5ZZ', metricId: 'has_budget', value: 58 },
        { area: '5ZY', metricId: 'has_budget', value: 74 },
        { area: '5ZZ', metricId: 'plan_agreed', value: 70 },
        { area: '5ZY', metricId: 'strongly_opposes_pbc', value: 2 },
        { area: '5ZY', metricId: 'neutral_on_pbc', value: 40 },
        { area: '5ZY', metricId: 'supports_pbc', value: 69.5 },
      ], referenceWave: 'practice-w6' }, { asOf: '2009-06-30' });
    expect(map.areas).toEqual(['5ZZ', '5ZY']);
    expect(map.metrics).toEqual(['has_budget', 'plan_agreed', 'supports_pbc', 'neutral_on_pbc', 'strongly_opposes_pbc']);
    expect(map.marginPoints).toBe(5);
    expect(map.cells.map((cell) => [cell.area, cell.metricId, cell.value, cell.reference, cell.difference, cell.position, cell.band, cell.needsSupport])).toEqual([
      ['5ZZ', 'has_budget', 58, 69, -11, 'below', 'worse', true],
      ['5ZZ', 'plan_agreed', 70, 64, 6, 'above', 'better', false],
      ['5ZZ', 'strongly_opposes_pbc', 9, 5, 4, 'near', 'similar', false],
      ['5ZY', 'has_budget', 74, 69, 5, 'near', 'similar', false],
      ['5ZY', 'supports_pbc', 69.5, 64, 5.5, 'above', 'better', false],
      ['5ZY', 'neutral_on_pbc', 40, 20, 20, 'above', 'not_rated', false],
      ['5ZY', 'strongly_opposes_pbc', 2, 5, -3, 'near', 'similar', false],
    ]);
    expect(map.explanation.parameters.map((reading) => [reading.id, reading.value, reading.confidence])).toEqual([['readiness.surveyHeatMap.similarMarginPoints', 5, 'unconfirmed']]);
    expect(map.explanation.output).toEqual(['5ZZ: has_budget']);
  });
  it('a lower-is-better metric above the national figure is worse; a row may name its own wave; a wave without the metric gives no reference', () => {
    const map = surveyHeatMap({ rows: [
        { area: 'A', metricId: 'strongly_opposes_pbc', value: 15, waveId: 'practice-w1' },
        { area: 'A', metricId: 'has_budget', value: 50, waveId: 'practice-w2' },
        { area: 'A', metricId: 'information_good', value: 40, waveId: 'practice-w1' },
        { area: 'A', metricId: 'management_support_poor', value: 70, waveId: 'practice-w1' },
        { area: 'A', metricId: 'net_support', value: -20, waveId: 'practice-w4' },
      ] }, { asOf: '2009-06-30', policy: withMargin(0) });
    expect(map.cells.map((cell) => [cell.metricId, cell.position, cell.band, cell.referenceQualifier])).toEqual([
      ['has_budget', 'no_reference', 'not_rated', null],
      ['strongly_opposes_pbc', 'above', 'worse', 'exact'],
      ['net_support', 'below', 'worse', 'exact'],
      ['management_support_poor', 'above', 'worse', 'more_than'],
      ['information_good', 'no_reference', 'not_rated', null],
    ]);
    expect(map.explanation.notes).toEqual(['5 cells over 1 areas; 3 worse than nationally by more than 0 points.', '2 cells have no national figure in their wave.']);
    expect(map.explanation.parameters.map((reading) => [reading.id, reading.value])).toEqual([['readiness.surveyHeatMap.similarMarginPoints', 0]]);
  });
  it('a figure of -0 is 0: the cell holds 0, never negative zero', () => {
    const map = surveyHeatMap({ rows: [{ area: '5ZZ', metricId: 'plan_agreed', value: -0 }], referenceWave: 'practice-w5' }, { asOf: '2009-03-06' });
    expect(Object.is(map.cells[0]?.value, 0)).toBe(true);
    expect(Object.is(map.cells[0]?.difference, -0)).toBe(false);
  });
  it('a reform of the margin is read on asOf', () => {
    const wide = applyReform(baselinePolicy, {
      id: 'wide',
      label: 'Ten-point margin',
      parameters: { 'readiness.surveyHeatMap.similarMarginPoints': [{ from: '1991-04-01', value: 10, sources: ['pbc-library-readiness-choices'], confidence: 'unconfirmed' }] },
    });
    const map = surveyHeatMap({ rows: [{ area: '5ZZ', metricId: 'has_budget', value: 60 }], referenceWave: 'practice-w6' }, { asOf: '2009-06-30', policy: wide });
    expect(map.cells[0]).toMatchObject({ difference: -9, band: 'similar' });
  });
  it('bad input: unknown metric or wave, a percentage out of range, rows without a wave, two figures in a cell', () => {
    expect(
      raisedIssues(() =>
        surveyHeatMap({ rows: [
            { area: 'A', metricId: 'happiness', value: 50 },
            { area: 'A', metricId: 'has_budget', value: 101 },
            { area: 'A', metricId: 'net_support', value: -101 },
            { area: 'A', metricId: 'plan_agreed', value: 50, waveId: 'wave-99' },
          ], referenceWave: 'practice-w99' }, { asOf: '2009-06-30' }),
      ),
    ).toEqual({
      code: 'INVALID_INPUT',
      paths: ['referenceWave', 'rows.0.metricId', 'rows.1.value', 'rows.2.value', 'rows.3.waveId'],
      rules: ['survey.knownWave', 'survey.knownMetric', 'survey.percentRange', 'survey.pointsRange', 'survey.knownWave'],
    });
    expect(raisedIssues(() => surveyHeatMap({ rows: [{ area: 'A', metricId: 'has_budget', value: 50 }] }, { asOf: '2009-06-30' }))).toEqual({
      code: 'MISSING_INPUT',
      paths: ['rows.0.waveId'],
      rules: ['survey.waveGiven'],
    });
    expect(
      raisedIssues(() =>
        surveyHeatMap({ rows: [
            { area: 'A', metricId: 'has_budget', value: 50 },
            { area: 'A', metricId: 'has_budget', value: 51, waveId: 'practice-w6' },
          ], referenceWave: 'practice-w6' }, { asOf: '2009-06-30' }),
      ),
    ).toEqual({ code: 'CONFLICTING_INPUT', paths: ['rows.1'], rules: ['survey.oneFigurePerCell'] });
    expect(raisedIssues(() => surveyHeatMap({ rows: [{ area: '', metricId: 'has_budget', value: Number.NaN }] }, { asOf: '2009-06-30' })).paths).toEqual(['rows.0.area', 'rows.0.value']);
    expect(raisedIssues(() => surveyHeatMap({ rows: [] }, { asOf: '2009-13-01' }))).toMatchObject({ code: 'INVALID_DATE', paths: ['asOf'] });
    expect(raisedIssues(() => surveyHeatMap({ rows: [] }, { asOf: '2009-06-30', policy: { id: 'fake' } as never }))).toMatchObject({ code: 'INVALID_POLICY', paths: ['policy'] });
  });
  it('property: one cell per row; a higher-is-better figure is better exactly when it exceeds the national figure by more than the margin', () => {
    const rows = fc.uniqueArray(fc.record({ area: fc.constantFrom('A', 'B', 'C'), metricId: fc.constantFrom('has_budget', 'plan_agreed', 'supports_pbc', 'strongly_opposes_pbc'), value: fc.integer({ min: 0, max: 100 }) }), {
      selector: (row) => `${row.area}/${row.metricId}`,
      maxLength: 12,
    });
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 20 }), (list, margin) => {
        const map = surveyHeatMap({ rows: list, referenceWave: 'practice-w6' }, { asOf: '2009-06-30', policy: withMargin(margin) });
        expect(map.cells).toHaveLength(list.length);
        for (const cell of map.cells) {
          const difference = cell.value - (cell.reference ?? 0);
          const better = cell.polarity === 'higher_is_better' ? difference > margin : difference < -margin;
          const worse = cell.polarity === 'higher_is_better' ? difference < -margin : difference > margin;
          expect(cell.band).toBe(better ? 'better' : worse ? 'worse' : 'similar');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
