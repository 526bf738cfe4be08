/**
 * The summary of a conflict-of-interest check.
 *
 * @module
 */
import { worstOutcome } from '../core/finding.js';
import { conflictsRuleCatalogue, type ConflictsRuleId } from '../policy/rules/conflicts.js';
import type { ConflictsFinding, ConflictsOutcome, ConflictsRuleNotInForce, ConflictsSummary } from './findings.js';

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
  const rulesNotInForce: ConflictsRuleNotInForce[] = [];
  for (const finding of findings) {
    counts[finding.outcome] += 1;
    // The in-force gate gives NOT_IN_FORCE and records the date it was asked about.
    if (finding.code === 'NOT_IN_FORCE') rulesNotInForce.push({ rule: finding.rule, subject: finding.subject, on: String(finding.details?.['on']) });
  }
  const rulesWith = (outcome: ConflictsOutcome): ConflictsRuleId[] =>
    conflictsRuleCatalogue.filter((rule) => findings.some((finding) => finding.rule === rule.id && finding.outcome === outcome)).map((rule) => rule.id);
  return {
    total: findings.length,
    counts,
    // A conflicts finding's outcome is a ConflictsOutcome, so the worst one is too.
    worstOutcome: (worstOutcome(findings) ?? 'not_applicable') as ConflictsOutcome,
    rulesBreached: rulesWith('breach'),
    rulesWarned: rulesWith('warning'),
    rulesNotInForce,
    conflictedMemberIds: [...conflictedMemberIds],
  };
}
