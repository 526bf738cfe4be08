/**
 * Shared machinery for the conflict rules: the evaluation context, the rule's in-force gate (a dated
 * boolean parameter read through the explanation), local values that fill a national `null`, and
 * the finding builder. Internal.
 *
 * @module
 */
import type { Policy, ParameterValue } from '../core/policy-model/schemas.js';
import { explain, type Explanation, type ExplanationBuilder, type JsonValue } from '../core/explanation.js';
import { PbcError, printable } from '../core/errors.js';
import { conflictsRuleCatalogue, type ConflictsRule, type ConflictsRuleId } from '../policy/rules/conflicts.js';
import type { ConflictsFinding, ConflictsFindingCode, ConflictsOutcome, ConflictsSubject } from './findings.js';
import type { ConflictsData, ConflictsLocalData, ConflictsPanelMember } from './input.js';
import { safeText } from '../core/text.js';

/** Everything a rule needs: the checked input, the date of the check, the policy and local values. @internal */
export interface ConflictsContext {
  readonly input: ConflictsData;
  readonly asOf: string;
  readonly policy: Policy;
  readonly local: ConflictsLocalData;
}

/** One application of a rule to one subject: the finding and how it was reached. @internal */
export interface RuleApplication {
  readonly finding: ConflictsFinding;
  readonly explanation: Explanation;
}

/** The catalogue entry of a rule: its one home. @internal */
export function conflictsRule(id: ConflictsRuleId): ConflictsRule {
  // Every ConflictsRuleId is in the catalogue (a test checks both lists).
  return conflictsRuleCatalogue.find((entry) => entry.id === id)!;
}

/** The date of the decision, or `asOf` while the case is pending. @internal */
export function decisionDateOf(context: ConflictsContext): string {
  return context.input.businessCase.decision?.decidedOn ?? context.asOf;
}

/** How a rule's date basis reads in a message. @internal */
export function describeDateBasis(context: ConflictsContext, rule: ConflictsRule): string {
  switch (rule.appliesOn) {
    case 'decision':
      return context.input.businessCase.decision === undefined ? 'the date of the check, as the case is pending' : 'the date of the decision';
    case 'submission':
      return 'the date the case was submitted';
    case 'referral':
      return 'the date of the referral';
    default:
      return 'the date the dispute was raised';
  }
}

/**
 * Whether a rule is in force on a date under the policy, read through `step` (so the reading is in
 * the explanation): its in-force parameter is `true` then. No value on the date means not in force.
 * @internal
 */
export function inForceOn(step: ExplanationBuilder, parameterId: string, on: string): boolean {
  const reading = step.peek(parameterId, on);
  if (reading === undefined) return false;
  if (typeof reading.value !== 'boolean') {
    throw new PbcError('PARAMETER_TYPE_MISMATCH', `${printable(reading.id)} holds ${printable(reading.value)} (from ${reading.from}); the rule needs true or false`, {
      issues: [{ path: ['parameters', reading.id], message: 'expected true or false' }],
    });
  }
  return reading.value;
}

/** Starts the explanation of one application of a rule, on the date it applies on. @internal */
export function startRule(rule: ConflictsRule, context: ConflictsContext, on: string, subject: ConflictsSubject): ExplanationBuilder {
  const step = explain(rule, context.policy, on);
  step.input('subject', `${subject.kind} ${subject.id}`);
  step.input('appliesOn', `${on} (${describeDateBasis(context, rule)})`);
  return step;
}

/**
 * Starts one application of a rule and passes it through the in-force gate: `gate` is the
 * `not_applicable` application when the rule's in-force parameter is not true on `on`, saying when
 * it took effect or ceased.
 * @internal
 */
export function openRule(rule: ConflictsRule, context: ConflictsContext, on: string, subject: ConflictsSubject): { readonly step: ExplanationBuilder; readonly gate?: RuleApplication } {
  const step = startRule(rule, context, on, subject);
  if (inForceOn(step, rule.inForce, on)) return { step };
  const inForce = step.peekSchedule(rule.inForce, (reading) => reading.value === true);
  const later = inForce.find((reading) => reading.from > on);
  const earlier = inForce.filter((reading) => reading.to !== undefined && reading.to < on).at(-1);
  const when =
    later !== undefined ? `it took effect on ${later.from}` : earlier?.to !== undefined ? `it ceased after ${earlier.to}` : 'the policy puts it in force on no date';
  return {
    step,
    gate: makeFinding(rule, step, {
      code: 'NOT_IN_FORCE',
      outcome: 'not_applicable',
      subject,
      message: `${rule.id} (${rule.reference}) is not in force on ${on} (${describeDateBasis(context, rule)}): ${when}.`,
      details: { inForce: false, on },
    }),
  };
}

/** Seals one application of a rule: its finding and its explanation. @internal */
export function makeFinding(
  rule: ConflictsRule,
  step: ExplanationBuilder,
  finding: {
    readonly code: ConflictsFindingCode;
    readonly outcome: ConflictsOutcome;
    readonly subject: ConflictsSubject;
    readonly message: string;
    readonly extraSources?: readonly string[];
    readonly details?: { readonly [key: string]: JsonValue };
  },
): RuleApplication {
  const sources = [...rule.sources, ...(finding.extraSources ?? []).filter((id) => !rule.sources.includes(id))];
  return {
    finding: {
      rule: rule.id,
      code: finding.code,
      outcome: finding.outcome,
      subject: finding.subject,
      message: safeText(finding.message),
      sources,
      ...(finding.details === undefined ? {} : { details: finding.details }),
    },
    explanation: step.done({ outcome: finding.outcome, code: finding.code, ...finding.details }),
  };
}

/**
 * The one application a member rule gives when the panel has no members: `not_applicable` (or the
 * not-in-force finding), about the case.
 * @internal
 */
export function emptyPanelFinding(rule: ConflictsRule, context: ConflictsContext, on: string): RuleApplication {
  const subject = { kind: 'case' as const, id: context.input.businessCase.id };
  const { step, gate } = openRule(rule, context, on, subject);
  if (gate !== undefined) return gate;
  return makeFinding(rule, step, { code: 'NO_PANEL_MEMBERS', outcome: 'not_applicable', subject, message: 'No panel members were given, so there is no register to check.' });
}

/** A member's name for messages. @internal */
export function memberLabel(member: ConflictsPanelMember): string {
  return member.name ?? member.id;
}

/** The proposer's name for messages. @internal */
export function proposerLabel(context: ConflictsContext): string {
  const { proposer } = context.input.businessCase;
  return proposer.name === undefined ? proposer.bodyId : `${proposer.name} (${proposer.bodyId})`;
}

/**
 * Reads a parameter that may have no national value (`null`) and, when it has none, takes the PCT's
 * local value if the caller gave one. Records the reading, the local input and a note saying which
 * value applied. A local value given where a national one exists is noted and not used.
 * @internal
 */
export function nationalOrLocal<T extends ParameterValue>(
  step: ExplanationBuilder,
  options: {
    readonly parameterId: string;
    readonly on: string;
    readonly localName: keyof ConflictsLocalData;
    readonly local: T | undefined;
    readonly accepts: (value: ParameterValue) => value is T;
    readonly describe: (value: T) => string;
  },
): { readonly value: T | null; readonly origin: 'national' | 'local' | 'none' } {
  const reading = step.read(options.parameterId, options.on);
  if (reading.value !== null && !options.accepts(reading.value)) {
    throw new PbcError('PARAMETER_TYPE_MISMATCH', `${printable(reading.id)} holds ${printable(reading.value)} (from ${reading.from}); the rule needs another type`, {
      issues: [{ path: ['parameters', reading.id], message: 'unexpected type' }],
    });
  }
  const national = reading.value;
  if (national !== null) {
    if (options.local !== undefined) {
      step.input(`local.${options.localName}`, options.local);
      step.note(`The local value ${options.describe(options.local)} was not used: the national value ${options.describe(national)} governs on ${options.on} (override it with a reform).`);
    }
    return { value: national, origin: 'national' };
  }
  if (options.local !== undefined) {
    step.input(`local.${options.localName}`, options.local);
    step.note(`No national value on ${options.on}: the PCT's local value ${options.describe(options.local)} applies.`);
    return { value: options.local, origin: 'local' };
  }
  return { value: null, origin: 'none' };
}

/** Type guards for parameter values. @internal */
export const isWholeNumber = (value: ParameterValue): value is number => typeof value === 'number' && Number.isSafeInteger(value);
/** @internal */
export const isBoolean = (value: ParameterValue): value is boolean => typeof value === 'boolean';
