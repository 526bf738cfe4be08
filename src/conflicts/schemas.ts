/**
 * The conflicts area's public zod schemas. Re-exported by `src/schemas/index.ts`.
 *
 * @module
 */
export {
  ConflictsBusinessCaseSchema,
  ConflictsDecisionSchema,
  ConflictsDeclaredInterestSchema,
  ConflictsDisputeSchema,
  ConflictsInputSchema,
  ConflictsInterestKindSchema,
  ConflictsLocalPolicySchema,
  ConflictsMemberRoleSchema,
  ConflictsPanelMemberSchema,
  ConflictsPanelSchema,
  ConflictsPctProviderArmSchema,
  ConflictsReferralSchema,
} from './input.js';
