// Type tests for the readiness area (checked by `tsc -p .`, never run): the main entry points reject,
// at compile time, a misspelt enum value, a count or date given in the wrong type, and an unknown key.
import { assessReadiness, checkEntitlements, compareAssessments, reviseReadinessFramework, surveyHeatMap, type ReadinessAssessment } from '../../src/index.js';

export function readinessTypeTests(before: ReadinessAssessment, after: ReadinessAssessment): void {
  // The shapes that compile.
  assessReadiness({ framework: 'AC2007', evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'met' }], weights: { 'AC07.F1_BUDGETS': 2 }, subject: '5ZZ' }, { asOf: '2007-11-22' });
  checkEntitlements({ holder: { kind: 'practice', id: 'Z90001' }, financialYear: '2009/10', businessCases: [{ id: 'BC-1', submittedOn: '2009-05-01' }] }, { asOf: '2009-06-30' });
  compareAssessments({ before, after });
  reviseReadinessFramework({ framework: 'AC2006', revision: { remove: ['AC06.Q.STR.P5'] } });
  surveyHeatMap({ rows: [{ area: '5ZZ', metricId: 'has_budget', value: 58 }], referenceWave: 'practice-w5' }, { asOf: '2009-03-06' });

  // (a) a misspelt enum value
  // @ts-expect-error 'AC2070' is not a built-in framework
  assessReadiness({ framework: 'AC2070', evidence: [] }, { asOf: '2007-11-22' });
  // @ts-expect-error 'meet' is not a readiness status
  assessReadiness({ framework: 'AC2007', evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'meet' }] }, { asOf: '2007-11-22' });
  // @ts-expect-error 'pratice' is not a holder kind
  checkEntitlements({ holder: { kind: 'pratice', id: 'Z90001' }, financialYear: '2009/10' }, { asOf: '2009-06-30' });

  // (b) a count or figure given as a string
  // @ts-expect-error a survey figure is a number
  surveyHeatMap({ rows: [{ area: '5ZZ', metricId: 'has_budget', value: '58' }] }, { asOf: '2009-03-06' });
  // @ts-expect-error a data flag is a boolean
  checkEntitlements({ holder: { kind: 'practice', id: 'Z90001' }, financialYear: '2009/10', data: { budgets: 'yes' } }, { asOf: '2009-06-30' });

  // (c) an unknown key in an object literal
  // @ts-expect-error `asOf` is an option now, not a field of the input
  checkEntitlements({ holder: { kind: 'practice', id: 'Z90001' }, financialYear: '2009/10', asOf: '2009-06-30' }, { asOf: '2009-06-30' });
  // @ts-expect-error `marginPoints` is law: a reform of readiness.surveyHeatMap.similarMarginPoints
  surveyHeatMap({ rows: [] }, { asOf: '2009-03-06', marginPoints: 3 });
  // @ts-expect-error `subjectID` is misspelt
  assessReadiness({ framework: 'AC2007', evidence: [], subjectID: '5ZZ' }, { asOf: '2007-11-22' });
  // @ts-expect-error assessReadiness needs the date
  assessReadiness({ framework: 'AC2007', evidence: [] }, {});
}
