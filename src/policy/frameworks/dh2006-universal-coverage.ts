/**
 * DH (January 2006), *Practice based commissioning: achieving universal coverage*, and its
 * monitoring return: PCTs entered 1 or 0 against four criteria; every patient was to have access to
 * a PBC practice by 31 December 2006. Governance fact sheet §0, §6 and model implications B.
 *
 * @module
 */
import type { ReadinessFramework } from './framework-schema.js';

const GUIDANCE = 'dh-2006-universal-coverage';
const MONITORING = 'dh-2006-universal-coverage-monitoring';
const FIGURES = 'mip-2007-04-27-dh-figures';

function criterion(id: string, label: string): ReadinessFramework['factors'][number] {
  return { id, kind: 'criterion', scale: 'met-not-met', label, sources: [MONITORING], confidence: 'confirmed' };
}

/**
 * DH's 2006 universal coverage framework: four criteria, each 1 (met) or 0 (not met); `covered`
 * when all four hold, as in DH's return. Assessed after its target date (31 December 2006, a dated
 * parameter) and not covered, the explanation says the target was missed.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { dh2006UniversalCoverage } from 'practice-based-commissioning/policy';
 * dh2006UniversalCoverage.factors.map((criterion) => criterion.label);
 * //=> ['Practice budgets', 'Information', 'Incentives', 'Accountability and governance']
 * ```
 */
export const dh2006UniversalCoverage: ReadinessFramework = {
  id: 'DH2006_UNIVERSAL_COVERAGE',
  title: 'Practice based commissioning: achieving universal coverage (monitoring return)',
  publisher: 'Department of Health',
  published: '2006-01',
  sources: [GUIDANCE, MONITORING],
  confidence: 'confirmed',
  summary: 'PCTs returned 1 or 0 against four arrangements for each practice population; universal coverage meant every patient with access to a PBC practice by 31 December 2006.',
  factors: [
    criterion('UC06.BUDGETS', 'Practice budgets'),
    criterion('UC06.INFORMATION', 'Information'),
    criterion('UC06.INCENTIVES', 'Incentives'),
    criterion('UC06.GOVERNANCE', 'Accountability and governance'),
  ],
  rating: {
    measure: 'met-count',
    bands: [
      { id: 'covered', label: 'Universal coverage: all four criteria met', ready: true, threshold: { all: true }, sources: [MONITORING], confidence: 'confirmed' },
      { id: 'not_covered', label: 'Not covered: a criterion is not met', ready: false, threshold: { value: 0 }, sources: [MONITORING], confidence: 'confirmed' },
    ],
  },
  recommendations: [
    {
      id: 'UC06.R.GUIDANCE',
      label: 'Follow Achieving universal coverage (January 2006) on information, budget setting and financial management, the governance and accountability framework, and support',
      addresses: ['UC06.BUDGETS', 'UC06.INFORMATION', 'UC06.INCENTIVES', 'UC06.GOVERNANCE'],
      linkConfidence: 'derived',
      sources: [GUIDANCE],
      confidence: 'confirmed',
    },
  ],
  context: [
    { id: 'UC06.C.ALL_COVERED', label: 'All PCTs had achieved universal coverage by December 2006.', sources: [FIGURES], confidence: 'confirmed' },
    {
      id: 'UC06.C.UPTAKE',
      label: 'Practice uptake, measured as taking an incentive payment (the DES or a local alternative), was 96% at 31 March 2007.',
      sources: [FIGURES],
      confidence: 'confirmed',
    },
  ],
  targetDateParameter: 'readiness.universalCoverage.targetDate',
};
