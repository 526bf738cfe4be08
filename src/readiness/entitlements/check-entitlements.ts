/**
 * The 2009 entitlements, checked for a practice or PBC group and a financial year on a date.
 * Governance fact sheet §5 and model implications B: "These are checks with dates, not scores …
 * Readiness means every entitlement is compliant for the year … Give each rule an effectiveFrom
 * date of 2009-03. Do not apply these rules to earlier years without a flag."
 *
 * @module
 */
import { addDays, financialYearBounds, minDate } from '../../core/calendar.js';
import { explain, type Explanation, type ExplanationBuilder } from '../../core/explanation.js';
import type { ParameterReading } from '../../core/policy-model/parameter-at.js';
import type { PbcIssue } from '../../core/errors.js';
import { resolveEvaluationOptions } from '../../core/evaluation.js';
import { parseInput, raiseIssues } from '../../core/validation.js';
import { baselinePolicy } from '../../policy/baseline.js';
import { readinessRule } from '../../policy/rules/readiness.js';
import type { ReadinessEvidenceItem } from '../evidence-schema.js';
import type { ReadinessStatus } from '../../policy/frameworks/framework-schema.js';
import { budgetBy1MayRule, checkBudgetAndSupportByDeadline } from './budget-and-support-by-deadline.js';
import { businessCaseDecisionRule, checkBusinessCaseDecisionTimes } from './business-case-decision-time.js';
import { checkDataEntitlement, dataEntitlementRule } from './data-entitlement.js';
import { entitlementFinding, findingLabel, isNotInForce, type EntitlementFinding, type EntitlementOutcome, type EntitlementRuleId } from './entitlement-finding.js';
import { CheckEntitlementsInputSchema, type CheckEntitlementsInput, type CheckEntitlementsOptions } from './entitlement-schema.js';
import { checkSupportPackage, supportPackageRule } from './support-package-entitlement.js';

/**
 * How many findings had each outcome.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementSummary } from 'practice-based-commissioning';
 * declare const summary: EntitlementSummary;
 * summary.breach > 0 ? 'take it to the SHA' : 'no breach';
 * ```
 */
export type EntitlementSummary = Readonly<Record<EntitlementOutcome, number>>;

/**
 * The result of {@link checkEntitlements}: every finding of the four entitlements, a count by
 * outcome, whether every entitlement was delivered, the same as evidence for the
 * `DH2009_ENTITLEMENTS` framework, and the explanation.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementCheck } from 'practice-based-commissioning';
 * declare const check: EntitlementCheck;
 * check.findings.filter((finding) => finding.outcome === 'breach').map((finding) => finding.message);
 * ```
 */
export interface EntitlementCheck {
  readonly holderKind: 'practice' | 'group';
  readonly holderId: string;
  readonly financialYear: string;
  readonly asOf: string;
  /** Whether the 2009 entitlements were in force on `asOf` (from 1 March 2009). */
  readonly inForce: boolean;
  /** Every finding of every entitlement, in rule order. */
  readonly findings: readonly EntitlementFinding[];
  readonly summary: EntitlementSummary;
  /** In force, and no breach, pending or unknown finding (warnings allowed): every entitlement delivered for the year. */
  readonly allDelivered: boolean;
  /** One evidence item per entitlement in force, for `assessReadiness({ framework: 'DH2009', evidence }, { asOf })`. */
  readonly evidence: readonly ReadinessEvidenceItem[];
  readonly explanation: Explanation;
}

const RULE_IDS: readonly EntitlementRuleId[] = ['entitlements.budgetBy1May', 'entitlements.businessCaseDecision', 'entitlements.data', 'entitlements.supportPackage'];
/** Each rule's factor in the `DH2009_ENTITLEMENTS` framework (framework data keeps its own ids), for the evidence. */
const FACTOR_OF: Readonly<Record<EntitlementRuleId, string>> = {
  'entitlements.budgetBy1May': 'ENT.BUDGET_BY_1_MAY',
  'entitlements.businessCaseDecision': 'ENT.BUSINESS_CASE_8_WEEKS',
  'entitlements.data': 'ENT.DATA',
  'entitlements.supportPackage': 'ENT.SUPPORT_PACKAGE',
};
const ROOT = readinessRule('entitlements.check');
const ROOT_SOURCES = ROOT.sources;

function conflictingDates(asOf: string, input: { indicativeBudgetIssuedOn?: string | undefined; supportAgreedOn?: string | undefined; businessCases?: readonly { id: string; submittedOn: string; decidedOn?: string | undefined }[] | undefined; holder: { memberPracticeCodes?: readonly string[] | undefined } }): PbcIssue[] {
  const issues: PbcIssue[] = [];
  const notAfter = (date: string | undefined, path: (string | number)[], what: string): void => {
    if (date !== undefined && date > asOf) issues.push({ path, message: `${what} ${date} is after the check date ${asOf}`, rule: 'entitlements.notAfterAsOf' });
  };
  notAfter(input.indicativeBudgetIssuedOn, ['indicativeBudgetIssuedOn'], 'the budget issue date');
  notAfter(input.supportAgreedOn, ['supportAgreedOn'], 'the support agreement date');
  const seen = new Set<string>();
  (input.businessCases ?? []).forEach((businessCase, index) => {
    if (seen.has(businessCase.id)) issues.push({ path: ['businessCases', index, 'id'], message: `business case "${businessCase.id}" is listed twice`, rule: 'entitlements.uniqueBusinessCases' });
    seen.add(businessCase.id);
    notAfter(businessCase.submittedOn, ['businessCases', index, 'submittedOn'], 'the submission date');
    notAfter(businessCase.decidedOn, ['businessCases', index, 'decidedOn'], 'the decision date');
    if (businessCase.decidedOn !== undefined && businessCase.decidedOn < businessCase.submittedOn) {
      issues.push({ path: ['businessCases', index, 'decidedOn'], message: `decided on ${businessCase.decidedOn}, before its submission on ${businessCase.submittedOn}`, rule: 'entitlements.decisionAfterSubmission' });
    }
  });
  const members = new Set<string>();
  (input.holder.memberPracticeCodes ?? []).forEach((code, index) => {
    if (members.has(code)) issues.push({ path: ['holder', 'memberPracticeCodes', index], message: `practice ${code} is listed twice`, rule: 'entitlements.uniqueMembers' });
    members.add(code);
  });
  return issues;
}

/**
 * The status of one entitlement, as evidence: any breach → not met; else anything pending or
 * unknown → unknown; else any warning → partly met; else met (compliant, or nothing to check).
 */
function statusOfFindings(findings: readonly EntitlementFinding[]): ReadinessStatus {
  const has = (outcome: EntitlementOutcome): boolean => findings.some((finding) => finding.outcome === outcome);
  if (has('breach')) return 'not_met';
  if (has('pending') || has('unknown')) return 'unknown';
  if (has('warning')) return 'partial';
  return 'met';
}

/** When the entitlements come into force after a date on which they are not, per the policy read. */
function inForceFrom(reading: ParameterReading): string {
  return reading.to === undefined ? 'not in force on any later date in this policy' : `in force from ${addDays(reading.to, 1)}`;
}

function notInForceFindings(on: string, from: string): EntitlementFinding[] {
  return RULE_IDS.map((rule) =>
    entitlementFinding({
      rule,
      code: 'NOT_IN_FORCE',
      outcome: 'not_applicable',
      message: `The 2009 PBC entitlements were not in force on ${on}: DH announced them in its March 2009 vision (${from}).`,
      sources: ROOT_SOURCES,
    }),
  );
}

function runRule(root: ExplanationBuilder, rule: { readonly id: string; readonly version: string; readonly title: string; readonly sources: readonly string[] }, check: (step: ExplanationBuilder) => EntitlementFinding[]): EntitlementFinding[] {
  const step = explain(rule, root.policy, root.asOf);
  const findings = check(step);
  root.child(step.done(findings.map((finding) => `${findingLabel(finding)}: ${finding.outcome}`)));
  return findings;
}

/**
 * Checks DH's 2009 entitlements for a practice or PBC group, for one financial year, on a date:
 * - `entitlements.budgetBy1May`: indicative budget issued and support package agreed by 1 May of the year
 *   (on 1 May: compliant; 2 May: a breach, to the SHA); pending until then;
 * - `entitlements.businessCaseDecision`: each business case submitted in the year decided within the limit
 *   in force when it was submitted (56 days from March 2009; none before);
 * - `entitlements.data`: budgets, expenditure, referrals, prescribing and activity data (a breach if not
 *   provided), clinical performance "where possible" (a warning);
 * - `entitlements.supportPackage`: designated support and a development plan.
 *
 * Before 1 March 2009 the entitlements were not in force: every rule then reports `not_applicable` with the code `NOT_IN_FORCE`
 * and nothing else is judged. All findings are returned, never just the first.
 *
 * @param input - the holder, the financial year and what was delivered; see {@link CheckEntitlementsInputSchema}
 * @param options - `asOf` (required: the date of the check) and `policy`
 * @returns the {@link EntitlementCheck}
 * @throws PbcError `INVALID_INPUT` naming every bad field (dates that do not parse, a practice
 *   without an ODS code, an unknown data stream…); `CONFLICTING_INPUT` for a date after `asOf`, a
 *   decision before its submission, or a business case or member practice listed twice;
 *   `INVALID_POLICY` at `['policy']`; `MISSING_INPUT` / `INVALID_DATE` at `['asOf']`
 * @category Readiness
 * @example
 * ```ts
 * import { checkEntitlements } from 'practice-based-commissioning';
 * const check = checkEntitlements(
 *   {
 *     holder: { kind: 'practice', id: 'Z90001' }, financialYear: '2009/10',
 *     indicativeBudgetIssuedOn: '2009-05-01', supportAgreedOn: '2009-05-02',
 *     businessCases: [{ id: 'BC-1', submittedOn: '2009-04-01', decidedOn: '2009-05-27' }],
 *     data: { budgets: true, expenditure: true, referrals: true, prescribing: true, activity: true, clinicalPerformance: false },
 *     support: { designatedSupport: true, developmentPlan: true },
 *   },
 *   { asOf: '2009-06-30' },
 * );
 * check.findings.map((finding) => `${finding.code}: ${finding.outcome}`);
 * //=> ['BUDGET_ON_TIME: compliant', 'SUPPORT_LATE: breach', 'DECIDED_IN_TIME: compliant', 'DATA_PROVIDED: compliant', …,
 * //    'DATA_NOT_PROVIDED_WHERE_POSSIBLE: warning', 'SUPPORT_ELEMENT_IN_PLACE: compliant', 'SUPPORT_ELEMENT_IN_PLACE: compliant']
 * check.allDelivered; //=> false (the support package was agreed a day late)
 * ```
 * @example
 * ```ts
 * import { checkEntitlements } from 'practice-based-commissioning';
 * const holder = { kind: 'group', id: 'vale-cluster' } as const;
 * checkEntitlements({ holder, financialYear: '2009/10' }, { asOf: '2009-02-28' }).inForce; //=> false
 * checkEntitlements({ holder, financialYear: '2009/10' }, { asOf: '2009-03-01' }).inForce; //=> true
 * ```
 */
export function checkEntitlements(input: CheckEntitlementsInput, options: CheckEntitlementsOptions): EntitlementCheck {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  const parsed = parseInput(CheckEntitlementsInputSchema, input, 'entitlement check');
  raiseIssues(conflictingDates(asOf, parsed), 'entitlement check', 'CONFLICTING_INPUT');
  const { financialYear, holder } = parsed;
  const root = explain(
    { id: ROOT.id, version: ROOT.version, title: `DH 2009 PBC entitlements for ${holder.kind} ${holder.id}, ${financialYear}`, sources: ROOT_SOURCES },
    policy,
    asOf,
  );
  root.input('holder', { kind: holder.kind, id: holder.id, members: holder.memberPracticeCodes ?? [] });
  root.input('financialYear', financialYear);
  const reading = root.read('entitlements.inForce');
  const inForce = reading.value === true;
  let findings: EntitlementFinding[];
  if (!inForce) {
    root.note(`Not in force on ${asOf} (${inForceFrom(reading)}): the entitlements date from DH's March 2009 vision. Nothing is judged.`);
    findings = notInForceFindings(asOf, inForceFrom(reading));
  } else {
    const yearEnd = financialYearBounds(financialYear).end;
    // The continuing entitlements (data, support) are judged on the check date, or the year's end
    // for a year already over.
    const on = minDate(asOf, yearEnd);
    const onReading = on === asOf ? reading : root.read('entitlements.inForce', on);
    const continuing = onReading.value === true;
    findings = [
      ...runRule(root, budgetBy1MayRule, (step) =>
        checkBudgetAndSupportByDeadline({ step, financialYear, asOf, indicativeBudgetIssuedOn: parsed.indicativeBudgetIssuedOn, supportAgreedOn: parsed.supportAgreedOn }),
      ),
      ...runRule(root, businessCaseDecisionRule, (step) => checkBusinessCaseDecisionTimes({ step, financialYear, asOf, businessCases: parsed.businessCases ?? [] })),
    ];
    if (!continuing) {
      root.note(`${financialYear} ended on ${yearEnd}, before the entitlements to data and support began.`);
      findings.push(...notInForceFindings(on, inForceFrom(onReading)).filter((finding) => finding.rule === 'entitlements.data' || finding.rule === 'entitlements.supportPackage'));
    } else {
      const recourse = root.text('entitlements.finalRecourse', on);
      findings.push(
        ...runRule(root, dataEntitlementRule, (step) => checkDataEntitlement({ step, on, data: parsed.data ?? {}, recourse })),
        ...runRule(root, supportPackageRule, (step) => checkSupportPackage({ step, on, support: parsed.support ?? {}, recourse })),
      );
    }
  }
  const summary: Record<EntitlementOutcome, number> = { compliant: 0, warning: 0, breach: 0, pending: 0, unknown: 0, not_applicable: 0 };
  // Entitlement findings never have the outcome `info`.
  for (const finding of findings) summary[finding.outcome as EntitlementOutcome] += 1;
  const notInForce = findings.filter(isNotInForce).length;
  const allDelivered = inForce && summary.breach === 0 && summary.pending === 0 && summary.unknown === 0 && notInForce === 0;
  const evidence: ReadinessEvidenceItem[] = RULE_IDS.flatMap((rule) => {
    const own = findings.filter((finding) => finding.rule === rule);
    if (own.some(isNotInForce)) return [];
    const status = statusOfFindings(own);
    return [{ factorId: FACTOR_OF[rule], status, observedOn: asOf, subjectId: holder.id, note: own.map((finding) => `${findingLabel(finding)}: ${finding.outcome}`).join('; ') }];
  });
  root.note(`${summary.compliant} compliant, ${summary.warning} warning, ${summary.breach} breach, ${summary.pending} pending, ${summary.unknown} unknown, ${summary.not_applicable} not applicable (${notInForce} not in force).`);
  return {
    holderKind: holder.kind,
    holderId: holder.id,
    financialYear,
    asOf,
    inForce,
    findings,
    summary,
    allDelivered,
    evidence,
    explanation: root.done({ allDelivered, breaches: summary.breach }),
  };
}
