/**
 * `entitlements.data` (framework factor `ENT.DATA`): "accurate and timely" data and analysis on budgets, spending, referrals, prescribing,
 * activity and, "where possible", clinical performance (BMJ, 6 March 2009, seed 003; Digital
 * Health, March 2009). Governance fact sheet, model implications B: clinical performance is required
 * only "where possible", so missing it is a warning, not a breach.
 *
 * @module
 */
import type { ExplanationBuilder } from '../../core/explanation.js';
import { readinessRule } from '../../policy/rules/readiness.js';
import type { EntitlementDataSchema } from './entitlement-schema.js';
import { definedFlags, entitlementFinding, type EntitlementFinding } from './entitlement-finding.js';
import type { z } from 'zod';

const RULE = 'entitlements.data';
/** The rule's metadata, from the catalogue (its one home). @internal */
export const dataEntitlementRule = readinessRule(RULE);
const SOURCES = dataEntitlementRule.sources;


type DataProvided = z.output<typeof EntitlementDataSchema>;

/**
 * One finding per data stream the policy lists (required, then "where possible"), plus one for any
 * stream given that is not an entitlement on the date.
 * @internal
 */
export function checkDataEntitlement(options: { readonly step: ExplanationBuilder; readonly on: string; readonly data: DataProvided; readonly recourse: string }): EntitlementFinding[] {
  const { step, on, data, recourse } = options;
  step.input('data', definedFlags(data));
  const required = step.list('entitlements.dataStreams', on);
  const wherePossible = step.list('entitlements.dataStreamsWherePossible', on);
  const given = data as Readonly<Record<string, boolean | undefined>>;
  const findings: EntitlementFinding[] = [];
  for (const stream of [...required, ...wherePossible]) {
    const possibleOnly = !required.includes(stream);
    // Own keys only: a reformed list naming "toString" finds no flag.
    const provided = Object.hasOwn(given, stream) ? given[stream] : undefined;
    const base = { rule: RULE, subject: { kind: 'dataStream', id: stream }, sources: SOURCES } as const;
    if (provided === true) {
      findings.push(entitlementFinding({ ...base, code: 'DATA_PROVIDED', outcome: 'compliant', message: `Accurate, timely ${stream} data and analysis are provided.` }));
    } else if (provided === false && possibleOnly) {
      findings.push(
        entitlementFinding({ ...base, code: 'DATA_NOT_PROVIDED_WHERE_POSSIBLE', outcome: 'warning', message: `No ${stream} data: an entitlement only "where possible", so a warning, not a breach.` }),
      );
    } else if (provided === false) {
      findings.push(entitlementFinding({ ...base, code: 'DATA_NOT_PROVIDED', outcome: 'breach', escalateTo: recourse, message: `No accurate, timely ${stream} data and analysis: take it to the ${recourse}.` }));
    } else {
      findings.push(entitlementFinding({ ...base, code: 'DATA_UNKNOWN', outcome: 'unknown', message: `Not known whether ${stream} data are provided.` }));
    }
  }
  for (const stream of Object.keys(given)) {
    if (given[stream] === undefined || required.includes(stream) || wherePossible.includes(stream)) continue;
    findings.push(entitlementFinding({ rule: RULE, code: 'DATA_NOT_AN_ENTITLEMENT', subject: { kind: 'dataStream', id: stream }, outcome: 'not_applicable', message: `${stream} data are not an entitlement on ${on}.`, sources: SOURCES }));
  }
  return findings;
}
