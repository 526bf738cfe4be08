/**
 * `conflicts.procurementRoute` (conflicts.procurementRoute): the procurement route suits the case.
 *
 * - Not every PBC proposal must be tendered (`pulse-dispelling-pbc-myths`); the November 2006
 *   guidance let PCTs designate "willing providers", and as healthcare is an EU "Part B" service no
 *   tender is needed in some circumstances (`hfma-governance-issues`).
 * - A PBC chair's reading: use any willing provider unless only one provider is wanted
 *   (`pulse-picking-apart-guidance`).
 * - DH's Bob Ricketts: even some services over £150,000 need not be tendered if benefit and value for
 *   money are shown; a health lawyer disagreed (`gponline-tender-150k`). Part B contracts of
 *   significance to the market must still be advertised enough to allow competition
 *   (`hsj-procurement-tendering-rules`). So the threshold is the local parameter
 *   `conflicts.procurement.tenderThreshold`, with no default.
 * - From December 2007 to October 2010 the PRCC also applied (`dh-2007-12-prcc`, parameter
 *   `conflicts.prcc.inForce`).
 *
 * @module
 */
import { formatGbp, pence } from '../../core/money.js';
import { conflictsRule, decisionDateOf, isWholeNumber, makeFinding, nationalOrLocal, openRule, type ConflictsContext, type RuleApplication } from '../context.js';

/**
 * Checks the procurement route: a competitive tender is compliant; any willing provider is compliant
 * unless a single provider is sought (warning); a direct award above the tender threshold is a
 * breach, and otherwise compliant only with value for money documented (warning without). No route
 * is a warning once the case is approved, `not_applicable` before.
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the case
 * @internal
 */
export function checkProcurementRouteSuits(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.procurementRoute');
  const { businessCase } = context.input;
  const subject = { kind: 'case' as const, id: businessCase.id };
  const on = decisionDateOf(context);
  const { step, gate } = openRule(rule, context, on, subject);
  if (gate !== undefined) return [gate];
  const route = businessCase.procurementRoute;
  step.input('procurementRoute', route ?? null);
  step.input('singleProviderSought', businessCase.singleProviderSought);
  step.input('value', businessCase.value);
  step.input('valueForMoneyDocumented', businessCase.valueForMoneyDocumented ?? null);
  const prcc = step.boolean('conflicts.prcc.inForce', on);
  const extraSources = prcc ? ['dh-2007-12-prcc'] : [];
  if (prcc) step.note(`The Principles and rules for co-operation and competition were in force on ${on}: commissioning must be fair, and complaints could go to the Co-operation and Competition Panel.`);
  const value = formatGbp(businessCase.value);
  if (route === undefined) {
    if (businessCase.decision?.outcome === 'approved') {
      return [
        makeFinding(rule, step, {
          code: 'NO_ROUTE_RECORDED', outcome: 'warning',
          subject,
          message: `Business case ${businessCase.id} (${value}) was approved with no procurement route recorded: procuring the service is a PCT function that must follow.`,
          extraSources,
        }),
      ];
    }
    return [makeFinding(rule, step, { code: 'NO_ROUTE_YET', outcome: 'not_applicable', subject, message: `No procurement route has been chosen for business case ${businessCase.id} yet.`, extraSources })];
  }
  if (route === 'competitive_tender') {
    return [makeFinding(rule, step, { code: 'COMPETITIVE_TENDER', outcome: 'compliant', subject, message: `Business case ${businessCase.id} (${value}) goes to competitive tender.`, extraSources })];
  }
  if (route === 'any_willing_provider') {
    if (businessCase.singleProviderSought) {
      return [
        makeFinding(rule, step, {
          code: 'SINGLE_PROVIDER_UNDER_AWP', outcome: 'warning',
          subject,
          message: `Business case ${businessCase.id} uses any willing provider but seeks a single provider: any willing provider suits a service open to more than one provider.`,
          extraSources,
        }),
      ];
    }
    return [makeFinding(rule, step, { code: 'ANY_WILLING_PROVIDER', outcome: 'compliant', subject, message: `Business case ${businessCase.id} is open to any willing provider.`, extraSources })];
  }
  const threshold = nationalOrLocal(step, {
    parameterId: 'conflicts.procurement.tenderThreshold',
    on,
    localName: 'tenderThreshold',
    local: context.local.tenderThreshold,
    accepts: isWholeNumber,
    describe: (amount) => formatGbp(pence(amount)),
  });
  if (threshold.value === null) {
    step.note('No tender threshold applies: the sources disagree about £150,000 (DH said even larger services need not be tendered if value for money is shown; a health lawyer said new services over £150,000 were advertised in OJEU). Give the PCT\'s threshold to check it.');
  }
  if (threshold.value !== null && businessCase.value > threshold.value) {
    return [
      makeFinding(rule, step, {
        code: 'DIRECT_AWARD_ABOVE_THRESHOLD', outcome: 'breach',
        subject,
        message: `Business case ${businessCase.id} is a direct award of ${value}, above the tender threshold of ${formatGbp(pence(threshold.value))}: a single-provider service of this value needs a competitive tender.`,
        extraSources,
        details: { threshold: threshold.value },
      }),
    ];
  }
  if (businessCase.valueForMoneyDocumented === true) {
    return [
      makeFinding(rule, step, {
        code: 'DIRECT_AWARD_VALUE_FOR_MONEY', outcome: 'compliant',
        subject,
        message: `Business case ${businessCase.id} is a direct award of ${value}${threshold.value === null ? '' : `, within the tender threshold of ${formatGbp(pence(threshold.value))},`} with benefit and value for money documented.`,
        extraSources,
      }),
    ];
  }
  return [
    makeFinding(rule, step, {
      code: 'DIRECT_AWARD_UNDOCUMENTED', outcome: 'warning',
      subject,
      message: `Business case ${businessCase.id} is a direct award of ${value} without benefit and value for money documented: document them, or tender.`,
      extraSources,
    }),
  ];
}
