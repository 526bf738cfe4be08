/**
 * Invented readiness evidence for the demo's sample PCT (Sample Vale PCT; its Audit Commission 2007
 * evidence is part of `sampleValeArea` in src/testing/sample-vale/), and invented survey results for
 * it and two fictional neighbours. None of it is real data.
 */
import { sampleValePct } from '../../src/testing/sample-vale/practices.js';

const pct = sampleValePct.code;

/** The King's Fund's factors, lessons and objectives (2008). */
export const kf2008Evidence = (
  [
  { factorId: 'KF08.F.ROLES_RESPONSIBILITIES', status: 'neutral' },
  { factorId: 'KF08.F.CAPACITY_CAPABILITY', status: 'barrier', note: 'GP sessions for commissioning unfunded' },
  { factorId: 'KF08.F.DATA', status: 'barrier', note: 'SUS data three months late' },
  { factorId: 'KF08.F.RELATIONSHIPS', status: 'enabler' },
  { factorId: 'KF08.F.GOVERNANCE_ACCOUNTABILITY', status: 'neutral' },
  { factorId: 'KF08.F.CONFLICTS_OF_INTEREST', status: 'enabler' },
  { factorId: 'KF08.F.WIDER_CONTEXT', status: 'barrier', note: 'PCT in deficit' },
  { factorId: 'KF08.L.GP_ENGAGEMENT', status: 'enabler' },
  { factorId: 'KF08.L.REAL_BUDGETS', status: 'barrier' },
  { factorId: 'KF08.OBJ.CLINICAL_ENGAGEMENT', status: 'met' },
  { factorId: 'KF08.OBJ.BETTER_SERVICES', status: 'partial' },
  { factorId: 'KF08.OBJ.USE_OF_RESOURCES', status: 'not_met' },
  ] as const
).map((item) => ({ ...item, subjectId: pct, observedOn: '2008-11-01' }));

/** What two practices received in 2009/10. */
export const entitlementCases = [
  {
    holder: { kind: 'practice', id: 'Z90001', name: 'Riverside Surgery' },
    indicativeBudgetIssuedOn: '2009-04-24',
    supportAgreedOn: '2009-05-01',
    businessCases: [{ id: 'RS-DERM', submittedOn: '2009-04-06', decidedOn: '2009-05-29' }],
    data: { budgets: true, expenditure: true, referrals: true, prescribing: true, activity: true, clinicalPerformance: false },
    support: { designatedSupport: true, developmentPlan: true },
  },
  {
    holder: { kind: 'practice', id: 'Z90004', name: 'Old Mill Health Centre' },
    indicativeBudgetIssuedOn: '2009-05-02',
    businessCases: [
      { id: 'OM-PHYSIO', submittedOn: '2009-04-20', decidedOn: '2009-07-01' },
      { id: 'OM-DIABETES', submittedOn: '2009-06-15' },
    ],
    data: { budgets: true, expenditure: false, referrals: true, prescribing: true, activity: true },
    support: { designatedSupport: true, developmentPlan: false },
  },
] as const;

/** Area results from the practice survey's wave 6 (invented), for the heat map. */
export const surveyRows = [
  { area: `${pct} Sample Vale`, metricId: 'has_budget', value: 58 },
  { area: `${pct} Sample Vale`, metricId: 'plan_agreed', value: 61 },
  { area: `${pct} Sample Vale`, metricId: 'supports_pbc', value: 71 },
  { area: `${pct} Sample Vale`, metricId: 'commissioned_new_service', value: 44 },
  { area: `${pct} Sample Vale`, metricId: 'strongly_opposes_pbc', value: 9 },
  { area: '5ZY Sample Downs', metricId: 'has_budget', value: 72 },
  { area: '5ZY Sample Downs', metricId: 'plan_agreed', value: 66 },
  { area: '5ZY Sample Downs', metricId: 'supports_pbc', value: 60 },
  { area: '5ZY Sample Downs', metricId: 'commissioned_new_service', value: 64 },
  { area: '5ZY Sample Downs', metricId: 'strongly_opposes_pbc', value: 4 },
  { area: '5ZX Sample Coast', metricId: 'has_budget', value: 81 },
  { area: '5ZX Sample Coast', metricId: 'plan_agreed', value: 52 },
  { area: '5ZX Sample Coast', metricId: 'supports_pbc', value: 63 },
  { area: '5ZX Sample Coast', metricId: 'commissioned_new_service', value: 59 },
  { area: '5ZX Sample Coast', metricId: 'strongly_opposes_pbc', value: 12 },
] as const;
