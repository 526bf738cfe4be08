/**
 * What bars a panel member from a decision, read from the register: an interest on DH's minimum list
 * (December 2007) in the proposer, a stake in the proposer when it would provide the service, or an
 * interest in a service the proposal would rival (DH FAQ Q3). Internal: `conflicts.minimumListConflict`
 * (COI-R02), `conflicts.recusal` (COI-R03) and the summary use it.
 *
 * @module
 */
import type { ExplanationBuilder } from '../core/explanation.js';
import { PbcError, printable } from '../core/errors.js';
import { conflictsRule, inForceOn, type ConflictsContext } from './context.js';
import type { ConflictsDeclaredInterest, ConflictsInterestKind, ConflictsPanelMember } from './input.js';

/**
 * Kinds of interest that make a member part of the body that would provide the service: DH FAQ Q3
 * bars clinicians from deciding on a service "that they themselves are proposing to provide". This
 * classifies the register's kinds; it is not a policy figure.
 */
const PROPOSING_KINDS: ReadonlySet<ConflictsInterestKind> = new Set(['director', 'non_executive_director', 'owner', 'part_owner', 'employee']);

/** A member's interests, sorted by what they mean for the decision. @internal */
export interface MemberConflict {
  /** Interests in the proposer on the minimum list in force (empty when `conflicts.minimumListConflict` is not in force). */
  readonly minimumList: readonly ConflictsDeclaredInterest[];
  /** Stakes in the proposer when it proposes to provide the service (FAQ Q3), not already on the minimum list. */
  readonly proposing: readonly ConflictsDeclaredInterest[];
  /** Interests in a body whose service the proposal would rival (FAQ Q3). */
  readonly rival: readonly ConflictsDeclaredInterest[];
  /** Other interests in the proposer: for the PCT to judge. */
  readonly otherInProposer: readonly ConflictsDeclaredInterest[];
  /** Whether any of the first three bars the member from the decision. */
  readonly barred: boolean;
  /** Whether the minimum list was in force on the date. */
  readonly minimumListInForce: boolean;
}

/**
 * The minimum list of conflicting interests on `on`, read through `step` so the reading is recorded;
 * `undefined` when the list has no value on that date (noted).
 * @internal
 */
export function readMinimumList(step: ExplanationBuilder, on: string): ReadonlySet<string> | undefined {
  const reading = step.peek('conflicts.minimumConflictingInterests', on);
  if (reading === undefined) return undefined;
  if (!Array.isArray(reading.value)) {
    throw new PbcError('PARAMETER_TYPE_MISMATCH', `${printable(reading.id)} holds ${printable(reading.value)} (from ${reading.from}); the rule needs a list`, {
      issues: [{ path: ['parameters', reading.id], message: 'expected a list' }],
    });
  }
  return new Set(reading.value);
}

/**
 * The minimum list of conflicting interests in force on `on`, read through `step` so the readings
 * are recorded; `undefined` when `conflicts.minimumListConflict` (COI-R02) is not in force then.
 * @internal
 */
export function minimumListOn(step: ExplanationBuilder, on: string): ReadonlySet<string> | undefined {
  if (!inForceOn(step, conflictsRule('conflicts.minimumListConflict').inForce, on)) return undefined;
  return readMinimumList(step, on);
}

/**
 * Sorts a member's declared interests against the case. `close_relative_of_practice_member` counts
 * on the minimum list only where the proposer is a practice (DH December 2007, via Pulse).
 * @internal
 */
export function assessMemberConflict(member: ConflictsPanelMember, context: ConflictsContext, minimumList: ReadonlySet<string> | undefined): MemberConflict {
  const { businessCase } = context.input;
  const proposerId = businessCase.proposer.bodyId;
  const rivals = new Set(businessCase.rivalBodyIds ?? []);
  const inProposer = member.interests.filter((interest) => interest.bodyId === proposerId);
  const onList = (interest: ConflictsDeclaredInterest): boolean =>
    minimumList !== undefined &&
    minimumList.has(interest.kind) &&
    (interest.kind !== 'close_relative_of_practice_member' || businessCase.proposer.isPractice);
  const minimum = inProposer.filter(onList);
  const proposing = businessCase.proposesToProvide
    ? inProposer.filter((interest) => PROPOSING_KINDS.has(interest.kind) && !minimum.includes(interest))
    : [];
  const rival = member.interests.filter((interest) => rivals.has(interest.bodyId) && interest.bodyId !== proposerId);
  const otherInProposer = inProposer.filter((interest) => !minimum.includes(interest) && !proposing.includes(interest));
  return {
    minimumList: minimum,
    proposing,
    rival,
    otherInProposer,
    barred: minimum.length + proposing.length + rival.length > 0,
    minimumListInForce: minimumList !== undefined,
  };
}

/** Lists interests for a message: `part owner of Z90001 (GP partner), declared 2009-01-05`. @internal */
export function describeInterests(interests: readonly ConflictsDeclaredInterest[]): string {
  return interests
    .map((interest) => {
      const what = interest.kind === 'other' ? `an interest in ${interest.bodyId}` : `${interest.kind.replaceAll('_', ' ')} of ${interest.bodyId}`;
      return `${what}${interest.description === undefined ? '' : ` (${interest.description})`}, declared ${interest.declaredOn}`;
    })
    .join('; ');
}

/** The reasons a member is barred, in plain English. @internal */
export function describeBar(conflict: MemberConflict): string {
  const reasons: string[] = [];
  if (conflict.minimumList.length > 0) reasons.push(`an interest on the minimum list in the proposer (${describeInterests(conflict.minimumList)})`);
  if (conflict.proposing.length > 0) reasons.push(`a stake in the proposer, which would provide the service (${describeInterests(conflict.proposing)})`);
  if (conflict.rival.length > 0) reasons.push(`an interest in a service the proposal would rival (${describeInterests(conflict.rival)})`);
  return reasons.join('; ');
}
