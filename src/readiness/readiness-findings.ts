/**
 * The findings of a readiness assessment, in the core finding shape: one `readiness.gap` finding per
 * scored factor not fully in place, one `readiness.risk` finding per risk the framework links to
 * groups. They restate `gaps` and `risks` in the one vocabulary of every area.
 *
 * @module
 */
import { safeText } from '../core/text.js';
import type { ReadinessFactor, ReadinessStatus } from '../policy/frameworks/framework-schema.js';
import type { ReadinessFinding, ReadinessFindingCode, ReadinessRiskResult } from './assessment-types.js';
import { classOfStatus, type StatusClass } from './statuses.js';

const GAP: Readonly<Record<Exclude<StatusClass, 'met'>, { readonly code: ReadinessFindingCode; readonly outcome: ReadinessFinding['outcome']; readonly words: string }>> = {
  partial: { code: 'FACTOR_PARTLY_MET', outcome: 'warning', words: 'Partly in place' },
  notMet: { code: 'FACTOR_NOT_MET', outcome: 'breach', words: 'Not in place' },
  unknown: { code: 'FACTOR_UNKNOWN', outcome: 'unknown', words: 'No evidence' },
};

const RISK: Readonly<Record<ReadinessRiskResult['status'], { readonly code: ReadinessFindingCode; readonly outcome: ReadinessFinding['outcome'] }>> = {
  flagged: { code: 'RISK_FLAGGED', outcome: 'warning' },
  unassessed: { code: 'RISK_UNASSESSED', outcome: 'unknown' },
  not_flagged: { code: 'RISK_NOT_FLAGGED', outcome: 'compliant' },
};

/** One `readiness.gap` finding per scored factor not met (in framework order). @internal */
export function gapFindings(scored: readonly ReadinessFactor[], statusOf: (factorId: string) => ReadinessStatus): ReadinessFinding[] {
  return scored.flatMap((factor) => {
    const status = statusOf(factor.id);
    const statusClass = classOfStatus(status);
    if (statusClass === 'met') return [];
    const { code, outcome, words } = GAP[statusClass];
    return [{ rule: 'readiness.gap', code, outcome, subject: { kind: 'factor', id: factor.id }, message: safeText(`${words}: ${factor.label} (status ${status}).`), sources: [...factor.sources] }];
  });
}

/** One `readiness.risk` finding per risk (in framework order). @internal */
export function riskFindings(risks: readonly ReadinessRiskResult[]): ReadinessFinding[] {
  return risks.map((risk) => {
    const { code, outcome } = RISK[risk.status];
    const why = risk.status === 'flagged' ? `flagged by ${risk.because.join(', ')}` : risk.status === 'unassessed' ? 'not assessed: the factors it is linked to are unknown' : 'not flagged: the factors it is linked to are in place';
    return { rule: 'readiness.risk', code, outcome, subject: { kind: 'risk', id: risk.riskId }, message: safeText(`${risk.label}: ${why}.`), sources: [...risk.sources] };
  });
}
