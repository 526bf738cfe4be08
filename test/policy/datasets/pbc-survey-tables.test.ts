/**
 * The PBC survey tables (src/policy/datasets/pbc-survey-tables.ts) reproduce the published figures and are well formed.
 */
import { describe, expect, it } from 'vitest';
import { baselinePolicy, pbcSurveyFigures, pbcSurveyMetrics, pbcSurveyWaves } from '../../../src/policy/index.js';

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
