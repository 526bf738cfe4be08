/**
 * Builders for the readiness tests: the built-in frameworks by id, evidence lists, and a practice
 * whose 2009 entitlements are delivered in full.
 */
import type { EntitlementFinding, Explanation } from '../../src/index.js';
import { readinessFrameworks, type ReadinessFramework, type ReadinessStatus } from '../../src/policy/index.js';

export const { AC2006, AC2007, KF2008, DH2006, DH2009 } = readinessFrameworks;

/** The ids of the five Audit Commission 2007 factors. */
export const AC07 = AC2007.factors.map((factor) => factor.id);

/** Evidence giving each listed factor its status (undated). */
export function evidenceOf(statuses: Record<string, ReadinessStatus>): { factorId: string; status: ReadinessStatus }[] {
  return Object.entries(statuses).map(([factorId, status]) => ({ factorId, status }));
}

/** Evidence giving every factor of a framework the status `status` picks for its scale. */
export function allAt(framework: ReadinessFramework, status: (scale: ReadinessFramework['factors'][number]['scale']) => ReadinessStatus): { factorId: string; status: ReadinessStatus }[] {
  return framework.factors.map((factor) => ({ factorId: factor.id, status: status(factor.scale) }));
}

/** The best status of a scale. */
export const best = (scale: string): ReadinessStatus => (scale === 'enabler-neutral-barrier' ? 'enabler' : 'met');

/** A practice, as the holder of the 2009 entitlements. */
export const practice = { kind: 'practice', id: 'Z90001' } as const;
/** Every data stream provided. */
export const fullData = { budgets: true, expenditure: true, referrals: true, prescribing: true, activity: true, clinicalPerformance: true };
/** The whole support package agreed. */
export const fullSupport = { designatedSupport: true, developmentPlan: true };

/** Each finding as "rule subject code outcome". */
export function codes(findings: readonly EntitlementFinding[]): string[] {
  return findings.map((finding) => `${finding.rule} ${finding.subject?.id ?? '-'} ${finding.code} ${finding.outcome}`);
}

/** Every note of an explanation tree, depth first. */
export const notes = (explanation: Explanation): string[] => [...explanation.notes, ...explanation.children.flatMap(notes)];

/** A caller's own framework: two questions of a PCT board, rated by its own inline bands and bibliography. */
export const callerFramework: ReadinessFramework = {
  id: 'MY_PCT_2008',
  title: 'Our board’s PBC readiness test',
  publisher: 'Sample Vale PCT',
  published: '2008-04',
  sources: ['my-board-paper'],
  confidence: 'confirmed',
  factors: [
    { id: 'M1', kind: 'question', scale: 'met-partial-not-met', label: 'Budgets by 1 April?', sources: ['my-board-paper'], confidence: 'confirmed' },
    { id: 'M2', kind: 'question', scale: 'met-not-met', label: 'A PBC committee?', sources: ['my-board-paper'], confidence: 'confirmed' },
  ],
  rating: {
    measure: 'score-share',
    bands: [
      { id: 'good', label: 'Good', ready: true, threshold: { value: '0.75' }, comparison: 'more-than', sources: ['my-board-paper'], confidence: 'confirmed' },
      { id: 'poor', label: 'Poor', ready: false, threshold: { value: 0 }, sources: ['my-board-paper'], confidence: 'confirmed' },
    ],
  },
  bibliography: [{ id: 'my-board-paper', title: 'PBC readiness (board paper 08/12)', publisher: 'Sample Vale PCT', date: '2008-04', weight: 'primary' }],
};

/** A practice's 2009/10 entitlements, every one delivered in time and in full. */
export function deliveredYear() {
  return {
    holder: practice,
    financialYear: '2009/10',
    indicativeBudgetIssuedOn: '2009-04-20',
    supportAgreedOn: '2009-04-30',
    businessCases: [{ id: 'BC-1', submittedOn: '2009-05-01', decidedOn: '2009-06-01' }],
    data: fullData,
    support: fullSupport,
  };
}
