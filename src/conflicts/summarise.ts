/**
 * The summary of a conflict-of-interest check.
 *
 * @module
 */
import { conflictsRuleCatalogue, type ConflictsOutcome, type ConflictsRuleId } from '../policy/catalogues/conflicts-rules.js';
import { conflictsRule, ruleInForceOn } from './context.js';
import { worseConflictsOutcome, type ConflictsFinding, type ConflictsRuleNotInForce, type ConflictsSummary } from './findings.js';

/**
 * Summarises findings: counts by outcome, the worst outcome, the rules breached and warned, the
 * rules not in force for a subject, and the given conflicted members.
 *
 * @param findings - every finding of a check
 * @param conflictedMemberIds - the members barred from the decision
 * @returns the summary
 * @internal
 */
export function summariseConflictsFindings(findings: readonly ConflictsFinding[], conflictedMemberIds: readonly string[]): ConflictsSummary {
  const counts: Record<ConflictsOutcome, number> = { compliant: 0, pending: 0, warning: 0, breach: 0, not_applicable: 0 };
  let worst: ConflictsOutcome = 'not_applicable';
  const rulesNotInForce: ConflictsRuleNotInForce[] = [];
  for (const finding of findings) {
    counts[finding.outcome] += 1;
    worst = worseConflictsOutcome(worst, finding.outcome);
    // Every finding's explanation is dated on the day its rule was applied; a rule whose dates do
    // not cover that day gave not_applicable through the in-force gate.
    const rule = conflictsRule(finding.ruleId);
    if (!ruleInForceOn(rule, finding.explanation.asOf)) {
      rulesNotInForce.push({ ruleId: rule.id, subjectKind: finding.subject.kind, subjectId: finding.subject.id, on: finding.explanation.asOf, from: rule.from, to: rule.to });
    }
  }
  const rulesWith = (outcome: ConflictsOutcome): ConflictsRuleId[] =>
    conflictsRuleCatalogue.filter((rule) => findings.some((finding) => finding.ruleId === rule.id && finding.outcome === outcome)).map((rule) => rule.id);
  return {
    total: findings.length,
    counts,
    worstOutcome: worst,
    rulesBreached: rulesWith('breach'),
    rulesWarned: rulesWith('warning'),
    rulesNotInForce,
    conflictedMemberIds: [...conflictedMemberIds],
  };
}
