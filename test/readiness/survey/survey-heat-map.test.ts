/**
 * surveyHeatMap (src/readiness/survey/survey-heat-map.ts): area × metric against the national figure of the wave.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { surveyHeatMap } from '../../../src/index.js';
import { applyReform, baselinePolicy, type Policy } from '../../../src/policy/index.js';
import { expectOnlyPbcErrors, pbcError, raisedIssues } from '../../support/errors.js';

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
  it('property: any input and options give a result or a PbcError, never a crash', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => expectOnlyPbcErrors(() => surveyHeatMap(a as never, b as never))),
      { numRuns: 1000 },
    );
  });
});

describe('surveyHeatMap: edges', () => {
  const asOf = '2009-06-30';
  it('unknown wave and metric, out-of-range percentage: each an issue at its path with its rule and message', () => {
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
