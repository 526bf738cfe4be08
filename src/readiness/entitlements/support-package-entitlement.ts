/**
 * `entitlements.supportPackage` (framework factor `ENT.SUPPORT_PACKAGE`): "a package of management and financial support" (BMJ, 6 March 2009, seed
 * 003) — at minimum designated support from PCT staff and/or external partners, and a plan for how
 * the PCT will meet PBC development needs (Digital Health, March 2009). Governance fact sheet §5.
 *
 * @module
 */
import type { z } from 'zod';
import type { ExplanationBuilder } from '../../core/explanation.js';
import { readinessRule } from '../../policy/rules/readiness.js';
import type { EntitlementSupportSchema } from './entitlement-schema.js';
import { definedFlags, entitlementFinding, type EntitlementFinding } from './entitlement-finding.js';

const RULE = 'entitlements.supportPackage';
/** The rule's metadata, from the catalogue (its one home). @internal */
export const supportPackageRule = readinessRule(RULE);
const SOURCES = supportPackageRule.sources;


const DESCRIPTIONS: Readonly<Record<string, string>> = {
  designatedSupport: 'designated support from PCT staff or external partners',
  developmentPlan: 'a plan for how the PCT will meet PBC development needs',
};

/**
 * One finding per element of the support package the policy lists, plus one for any element given
 * that the policy does not list.
 * @internal
 */
export function checkSupportPackage(options: {
  readonly step: ExplanationBuilder;
  readonly on: string;
  readonly support: z.output<typeof EntitlementSupportSchema>;
  readonly recourse: string;
}): EntitlementFinding[] {
  const { step, on, support, recourse } = options;
  step.input('support', definedFlags(support));
  const elements = step.list('entitlements.supportPackageElements', on);
  const given = support as Readonly<Record<string, boolean | undefined>>;
  const findings: EntitlementFinding[] = elements.map((element) => {
    // Own keys only: a reformed list naming "constructor" finds no description and no flag.
    const what = (Object.hasOwn(DESCRIPTIONS, element) ? DESCRIPTIONS[element] : undefined) ?? element;
    const base = { rule: RULE, subject: { kind: 'supportElement', id: element }, sources: SOURCES } as const;
    const inPlace = Object.hasOwn(given, element) ? given[element] : undefined;
    if (inPlace === true) return entitlementFinding({ ...base, code: 'SUPPORT_ELEMENT_IN_PLACE', outcome: 'compliant', message: `In place: ${what}.` });
    if (inPlace === false) return entitlementFinding({ ...base, code: 'SUPPORT_ELEMENT_MISSING', outcome: 'breach', escalateTo: recourse, message: `Missing: ${what}. Take it to the ${recourse}.` });
    return entitlementFinding({ ...base, code: 'SUPPORT_ELEMENT_UNKNOWN', outcome: 'unknown', message: `Not known whether there is ${what}.` });
  });
  for (const element of Object.keys(given)) {
    if (given[element] === undefined || elements.includes(element)) continue;
    findings.push(entitlementFinding({ rule: RULE, code: 'SUPPORT_NOT_AN_ENTITLEMENT', subject: { kind: 'supportElement', id: element }, outcome: 'not_applicable', message: `${element} is not an element of the support package on ${on}.`, sources: SOURCES }));
  }
  return findings;
}
