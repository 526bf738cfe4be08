/**
 * `practice-based-commissioning/conflicts`: conflict-of-interest and probity checks on PBC business
 * cases — GPs who commission services they might provide (2005–2013). See the conflicts guide. The
 * input schemas are exported from `practice-based-commissioning/schemas`; the rule catalogue
 * (`conflictsRuleCatalogue`) from `practice-based-commissioning/policy`.
 *
 * @module conflicts
 */
export { checkConflictsOfInterest, type CheckConflictsOfInterestOptions } from './check-conflicts-of-interest.js';
export { conflictsRulesInForce, type ConflictsRulesInForceOptions } from './catalogue.js';
export {
  conflictsFindingsTable,
  type ConflictsCheckResult,
  type ConflictsFinding,
  type ConflictsFindingCode,
  type ConflictsFindingsRow,
  type ConflictsOutcome,
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
  ConflictsPctProviderArm,
  ConflictsReferral,
} from './input.js';
