/**
 * `practice-based-commissioning/conflicts`: conflict-of-interest and probity checks on PBC business
 * cases — GPs who commission services they might provide (2005–2013). See the conflicts guide. The
 * input schemas are exported from `practice-based-commissioning/schemas`.
 *
 * @module conflicts
 */
export { checkConflictsOfInterest, type ConflictsCheckOptions } from './check-conflicts-of-interest.js';
export { conflictsRulesInForce } from './catalogue.js';
export {
  conflictsFindingsTable,
  worseConflictsOutcome,
  type ConflictsCheckResult,
  type ConflictsFinding,
  type ConflictsRuleNotInForce,
  type ConflictsSubject,
  type ConflictsSummary,
} from './findings.js';
export type {
  ConflictsBusinessCase,
  ConflictsDecision,
  ConflictsDeclaredInterest,
  ConflictsDispute,
  ConflictsInput,
  ConflictsInterestKind,
  ConflictsLocalPolicy,
  ConflictsPanel,
  ConflictsPanelMember,
  ConflictsReferral,
} from './input.js';
export {
  conflictsRuleCatalogue,
  type ConflictsDateBasis,
  type ConflictsOutcome,
  type ConflictsRule,
  type ConflictsRuleId,
  type ConflictsSubjectKind,
} from '../policy/catalogues/conflicts-rules.js';
