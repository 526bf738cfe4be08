/**
 * Shared machinery for the conflict rules: the evaluation context, the rule's in-force gate, local
 * values that fill a national `null`, and the finding builder. Internal.
 *
 * @module
 */
import type { Policy, ParameterValue } from '../core/policy-model/schemas.js';
import { explain, type ExplanationBuilder, type JsonValue } from '../core/explanation.js';
import { PbcError, printable } from '../core/errors.js';
import { conflictsRuleCatalogue, type ConflictsOutcome, type ConflictsRule, type ConflictsRuleId } from '../policy/catalogues/conflicts-rules.js';
import type { ConflictsFinding, ConflictsSubject } from './findings.js';
import type { ConflictsInput, ConflictsLocalPolicy, ConflictsPanelMember } from './input.js';
import { safeText } from '../core/text.js';

/** Everything a rule needs: the checked input, the date of the check, the policy and local values. @internal */
export interface ConflictsContext {
  readonly input: ConflictsInput;
  readonly asOf: string;
  readonly policy: Policy;
  readonly local: ConflictsLocalPolicy;
}

/** The catalogue entry of a rule. @internal */
export function conflictsRule(id: ConflictsRuleId): ConflictsRule {
  const rule = conflictsRuleCatalogue.find((entry) => entry.id === id);
  if (rule === undefined) throw new PbcError('INVALID_POLICY', `no conflicts rule ${id} in the catalogue`);
  return rule;
}

/** The date of the decision, or `asOf` while the case is pending. @internal */
export function decisionDateOf(context: ConflictsContext): string {
  return context.input.businessCase.decision?.decidedOn ?? context.asOf;
}

/** How a date basis reads in a message. @internal */
export function describeDateBasis(context: ConflictsContext, basis: ConflictsRule['appliesOn']): string {
  switch (basis) {
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

/** Whether a rule is in force on a date. @internal */
export function ruleInForceOn(rule: ConflictsRule, date: string): boolean {
  return rule.from <= date && date <= rule.to;
}

/** Starts the explanation of one application of a rule, on the date it applies on. @internal */
export function startRule(rule: ConflictsRule, context: ConflictsContext, on: string, subject: ConflictsSubject): ExplanationBuilder {
  const step = explain({ id: rule.id, version: '1', title: rule.title, sources: rule.sources }, context.policy, on);
  step.input('subject', `${subject.kind} ${subject.id}`);
  step.input('appliesOn', `${on} (${describeDateBasis(context, rule.appliesOn)})`);
  step.input('ruleInForce', `${rule.from} to ${rule.to}`);
  return step;
}

/** Seals a finding. @internal */
export function makeFinding(
  rule: ConflictsRule,
  step: ExplanationBuilder,
  finding: { readonly outcome: ConflictsOutcome; readonly subject: ConflictsSubject; readonly message: string; readonly extraSources?: readonly string[]; readonly output?: { readonly [key: string]: JsonValue } },
): ConflictsFinding {
  const sources = [...rule.sources, ...(finding.extraSources ?? []).filter((id) => !rule.sources.includes(id))];
  return {
    ruleId: rule.id,
    title: rule.title,
    outcome: finding.outcome,
    subject: finding.subject,
    message: safeText(finding.message),
    sources,
    explanation: step.done(finding.output === undefined ? finding.outcome : { outcome: finding.outcome, ...finding.output }),
  };
}

/**
 * The not-in-force gate: `undefined` when the rule is in force on `on`, otherwise a `not_applicable`
 * finding that says why.
 * @internal
 */
export function notInForceFinding(rule: ConflictsRule, context: ConflictsContext, on: string, subject: ConflictsSubject): ConflictsFinding | undefined {
  if (ruleInForceOn(rule, on)) return undefined;
  const step = startRule(rule, context, on, subject);
  const when = on < rule.from ? `it took effect on ${rule.from}` : `it ceased after ${rule.to}`;
  step.note(rule.dateNote);
  return makeFinding(rule, step, {
    outcome: 'not_applicable',
    subject,
    message: `${rule.id} is not in force on ${on} (${describeDateBasis(context, rule.appliesOn)}): ${when}.`,
    output: { inForce: false },
  });
}

/**
 * The one finding a member rule gives when the panel has no members: `not_applicable` (or the
 * not-in-force finding), about the case.
 * @internal
 */
export function emptyPanelFinding(rule: ConflictsRule, context: ConflictsContext, on: string): ConflictsFinding {
  const subject = { kind: 'case' as const, id: context.input.businessCase.id };
  const gate = notInForceFinding(rule, context, on, subject);
  if (gate !== undefined) return gate;
  const step = startRule(rule, context, on, subject);
  return makeFinding(rule, step, { outcome: 'not_applicable', subject, message: 'No panel members were given, so there is no register to check.' });
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
    readonly localName: keyof ConflictsLocalPolicy;
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
