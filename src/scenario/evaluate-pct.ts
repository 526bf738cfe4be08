/**
 * Whole-area evaluation, one PCT: its budgets, each practice's monitoring and year end, incentives, conflicts, readiness, WCC rating and groups.
 *
 * @module
 */
import { financialYearBounds, minDate } from '../core/calendar.js';
import { PbcError } from '../core/errors.js';
import { explain, type Explanation } from '../core/explanation.js';
import { FINDING_OUTCOMES, type Finding } from '../core/finding.js';
import { pence, subtractMoney, sumCountsAt, sumMoneyAt, type Pence } from '../core/money.js';
import { monitorParsedBudget, type BudgetMonitoring } from '../budgets/monitor-budget.js';
import { rollUpGroupBudgetOnParsed } from '../budgets/roll-up-group-budget.js';
import { setIndicativeBudgetOnParsed, type IndicativeBudgetSet } from '../budgets/set-indicative-budget.js';
import { managementAllowance } from '../budgets/management-allowance.js';
import type { Budget, ServiceLine } from '../budgets/model.js';
import { incentivePaymentScheduleOnParsed } from '../incentives/incentive-payment-schedule.js';
import type { DesClaim } from '../incentives/des-schemas.js';
import type { LocalIncentivePractice } from '../incentives/local-schemas.js';
import { checkConflictsOfInterestOnParsed } from '../conflicts/check-conflicts-of-interest.js';
import { conflictsFindingsRows } from '../conflicts/findings.js';
import { assessReadinessOnParsed } from '../readiness/assess-readiness.js';
import { wccRatingForPct } from '../readiness/wcc/wcc-rating-for-pct.js';
import type { WccAssessment } from '../readiness/wcc/assess-wcc-assurance.js';
import { type ScenarioPct, type ScenarioPractice } from './area-schema.js';
import { withinArea } from './internal.js';
import { settlePracticeYear } from './settle-practice-year.js';
import type { ScenarioBudgetRow, ScenarioConflictsRow, ScenarioFinding, ScenarioGroupRow, ScenarioIncentiveRow, ScenarioMonitoringRow, ScenarioPctRow, ScenarioPracticeRow, ScenarioReadinessRow, ScenarioWccRow, ScenarioYearEndRow } from './tables.js';
import { areaPolicy, policyOption, push, type AreaContext } from './area-context.js';

/** What one PCT's evaluation adds to the area's. @internal */
export interface PctEvaluation {
  readonly pctCode: string;
  readonly budgets: ScenarioBudgetRow[];
  readonly monitoring: ScenarioMonitoringRow[];
  readonly yearEnd: ScenarioYearEndRow[];
  readonly incentives: ScenarioIncentiveRow[];
  readonly conflicts: ScenarioConflictsRow[];
  readonly readiness: ScenarioReadinessRow[];
  readonly wcc: ScenarioWccRow[];
  readonly practices: ScenarioPracticeRow[];
  readonly groups: ScenarioGroupRow[];
  readonly findings: ScenarioFinding[];
  readonly pct: ScenarioPctRow;
  readonly explanations: Map<string, Explanation> | null;
}

const PRACTICE_INCENTIVES_RULE = {
  id: 'scenario.practiceIncentives',
  version: '1',
  title: "A practice's incentive payments for the year",
  sources: ['bma-tpbc-des-c2', 'dh-2006-practical-implementation'],
} as const;

const PCT_BUDGETS_RULE = {
  id: 'scenario.pctBudgets',
  version: '1',
  title: "A PCT's practice budgets for the year, and which lines are held as real budgets",
  sources: ['dh-2004-engaging-practices', 'pulse-indicative-budgets-glossary'],
} as const;

const GROUP_RULE = {
  id: 'scenario.group',
  version: '1',
  title: "A group's year: its members' budgets rolled up, their year ends summed, its management allowance beside them",
  sources: ['dh-2004-engaging-practices'],
} as const;

function setBudgets(context: AreaContext, pct: ScenarioPct, pctAt: number, members: readonly number[]): IndicativeBudgetSet {
  const { area } = context;
  const practices = members.map((index) => {
    // members holds indexes of area.practices.
    const practice = area.practices[index]!;
    return {
      practiceCode: practice.code,
      weightedPopulation: practice.weightedList,
      ...(practice.lineWeights === undefined ? {} : { lineWeights: practice.lineWeights }),
      ...(practice.historic === undefined ? {} : { historic: practice.historic }),
    };
  });
  const input = {
    pctCode: pct.code,
    financialYear: area.financialYear,
    method: pct.budgetSetting.method,
    ...(pct.budgetSetting.scope === undefined ? {} : { scope: pct.budgetSetting.scope }),
    pctResources: pct.budgetSetting.pctResources,
    practices,
  };
  return withinArea(
    `PCT ${pct.code}: setting indicative budgets`,
    (path) => {
      const [head, index, ...rest] = path;
      // A practice's fields keep their names in the area (its weighted population is never missing: the area requires weightedList).
      if (head === 'practices') return typeof index === 'number' ? ['practices', members[index] ?? index, ...rest] : ['practices'];
      if (head === 'financialYear') return ['financialYear'];
      return ['pcts', pctAt, 'budgetSetting', ...path];
    },
    // The PCT's budget setting and its practices are the parsed area's: setIndicativeBudget's schema is not run again.
    () => setIndicativeBudgetOnParsed(input, context.policy),
  );
}

function monitorPractice(context: AreaContext, practice: ScenarioPractice, practiceAt: number, budget: Budget): BudgetMonitoring {
  const inBudget = new Set<string>(budget.lines.map((line) => line.serviceLine));
  const spend: { serviceLine: ServiceLine; month: number; amount: Pence }[] = [];
  practice.spend.forEach((entry, position) => {
    if (!inBudget.has(entry.serviceLine)) {
      const message = `${entry.serviceLine} is not a line of the practice's budget (${[...inBudget].join(', ')})`;
      throw new PbcError('INVALID_INPUT', `practice ${practice.code}: ${message}`, {
        issues: [{ path: ['practices', practiceAt, 'spend', position, 'serviceLine'], message, rule: 'budget.monitor.lineInBudget' }],
        rule: 'budget.monitor.lineInBudget',
      });
    }
    for (let month = 1; month <= context.throughMonth; month += 1) {
      // months has exactly twelve entries (schema).
      const amount = entry.months[month - 1]!;
      // A whole number of pence, zero or more (the area's schema).
      if (amount > 0) spend.push({ serviceLine: entry.serviceLine, month, amount: amount as Pence });
    }
  });
  return withinArea(
    `practice ${practice.code}: monitoring its budget`,
    (path) => ['practices', practiceAt, ...path],
    // The budget is setIndicativeBudget's, the spend the parsed area's: monitorBudget's schema is not run again.
    () => monitorParsedBudget({ budget, throughMonth: context.throughMonth, spend }, context.policy),
  );
}

/** Evaluates one PCT of the area. @internal */
export function evaluatePct(context: AreaContext, pctAt: number): PctEvaluation {
  const { area, policy, asOf, explanations: explaining } = context;
  // pctAt indexes area.pcts.
  const pct = area.pcts[pctAt]!;
  const shaCode = pct.shaCode;
  const members = context.practicesByPct.get(pct.code) ?? [];
  const explanations = explaining ? new Map<string, Explanation>() : null;
  const budgetsKey = `budgets:${pct.code}`;
  const findings: ScenarioFinding[] = [];
  const report = (list: readonly Finding[], owner: ScenarioFinding['subject'], explanationKey: string | null): void => {
    for (const finding of list) findings.push(placeFinding(finding, owner, shaCode, pct.code, explanationKey));
  };
  const pctSubject = { kind: 'pct', id: pct.code } as const;

  const set = setBudgets(context, pct, pctAt, members);
  report(set.findings, pctSubject, budgetsKey);
  if (explanations !== null) {
    const step = explain(PCT_BUDGETS_RULE, policy, context.realLinesExplanation.asOf);
    step.input('pctCode', pct.code);
    step.input('practices', members.length);
    step.child(set.explanation);
    step.child(context.realLinesExplanation);
    const budget = sumMoneyAt(set.practices.map((practice) => practice.total), () => ['pcts', pctAt, 'budgetSetting', 'pctResources'], `PCT ${pct.code}'s budgets`);
    explanations.set(budgetsKey, step.done({ budget, realBudgetLines: [...context.realLines] }));
  }
  const budgets: ScenarioBudgetRow[] = set.rows.map((row) => ({
    explanationKey: budgetsKey,
    shaCode,
    pctCode: pct.code,
    practiceCode: row.practiceCode,
    serviceLine: row.serviceLine,
    regime: context.realLineSet.has(row.serviceLine) ? 'real' : 'indicative',
    historic: row.historic,
    fairShare: row.fairShare,
    beforeControlTotal: row.beforeControlTotal,
    budget: row.budget,
  }));

  const monitoring: ScenarioMonitoringRow[] = [];
  const yearEnd: ScenarioYearEndRow[] = [];
  const yearEndByPractice = new Map<string, ScenarioYearEndRow>();
  const furReleasedByPractice = new Map<string, Pence>();
  const budgetByPractice = new Map<string, Budget>();
  members.forEach((practiceAt, position) => {
    // members holds indexes of area.practices; set.budgets has one budget per practice, in order.
    const practice = area.practices[practiceAt]!;
    const budget = set.budgets[position]!;
    budgetByPractice.set(practice.code, budget);
    const monitored = monitorPractice(context, practice, practiceAt, budget);
    const monitoringKey = `monitoring:${practice.code}`;
    const practiceSubject = { kind: 'practice', id: practice.code } as const;
    report(monitored.findings, practiceSubject, monitoringKey);
    explanations?.set(monitoringKey, monitored.explanation);
    for (const line of [...monitored.lines, monitored.total]) {
      monitoring.push({
        explanationKey: monitoringKey,
        shaCode,
        pctCode: pct.code,
        practiceCode: practice.code,
        serviceLine: line.serviceLine,
        throughMonth: context.throughMonth,
        budget: line.budget,
        budgetToDate: line.budgetToDate,
        spendToDate: line.spendToDate,
        varianceToDate: line.varianceToDate,
        forecastOutturn: line.forecastOutturn,
        forecastVariance: line.forecastVariance,
        projectedOverspend: line.projectedOverspend,
      });
    }
    const settlement = withinArea(
      `practice ${practice.code}: settling its year`,
      (path) => ['practices', practiceAt, 'freedUpResources', ...path],
      () =>
        settlePracticeYear({
          policy,
          holder: budget.holder,
          financialYear: area.financialYear,
          basis: context.final ? 'outturn' : 'forecast',
          lines: monitored.lines.map((line) => ({ serviceLine: line.serviceLine as ServiceLine, budget: line.budget, outturn: line.forecastOutturn })),
          realLines: context.realLineSet,
          realLinesExplanation: context.realLinesExplanation,
          inputs: practice.freedUpResources,
          explanations: explaining,
        }),
    );
    const yearEndKey = `yearEnd:${practice.code}`;
    if (settlement.freedUpResources !== null) report(settlement.freedUpResources.findings, practiceSubject, yearEndKey);
    if (settlement.explanation !== null) explanations?.set(yearEndKey, settlement.explanation);
    const row: ScenarioYearEndRow = {
      explanationKey: yearEndKey,
      shaCode,
      pctCode: pct.code,
      practiceCode: practice.code,
      groupId: context.groupOf.get(practice.code) ?? null,
      ...settlement.figures,
    };
    yearEnd.push(row);
    yearEndByPractice.set(practice.code, row);
    if (settlement.freedUpResources !== null) furReleasedByPractice.set(practice.code, settlement.freedUpResources.released);
  });

  const incentives = pctIncentives(context, pct, pctAt, members, yearEndByPractice, furReleasedByPractice, explanations);
  const dueByPractice = new Map<string, number>();
  for (const row of incentives) dueByPractice.set(row.practiceCode, (dueByPractice.get(row.practiceCode) ?? 0) + row.amount);

  const conflicts: ScenarioConflictsRow[] = [];
  let breaches = 0;
  let warnings = 0;
  const cases = context.casesByPct.get(pct.code) ?? [];
  for (const caseAt of cases) {
    // cases holds indexes of area.businessCases.
    const entry = area.businessCases![caseAt]!;
    const result = withinArea(
      `business case ${entry.businessCase.id}: checking conflicts of interest`,
      (path) => ['businessCases', caseAt, ...path],
      () =>
        // The case's parts are the parsed area's: checkConflictsOfInterest's schema is not run again.
        checkConflictsOfInterestOnParsed(
          {
            businessCase: entry.businessCase,
            panel: entry.panel,
            ...(entry.referrals === undefined ? {} : { referrals: entry.referrals }),
            ...(entry.dispute === undefined ? {} : { dispute: entry.dispute }),
            ...(pct.conflictsLocalPolicy === undefined ? {} : { local: pct.conflictsLocalPolicy }),
          },
          areaPolicy(context),
          asOf,
        ),
    );
    const conflictsKey = `conflicts:${result.caseId}`;
    report(result.findings, { kind: 'case', id: result.caseId }, conflictsKey);
    explanations?.set(conflictsKey, result.explanation);
    const proposer = entry.businessCase.proposer;
    const proposerPracticeCode = proposer.isPractice && context.practiceIndex.has(proposer.bodyId) ? proposer.bodyId : null;
    breaches += result.summary.counts.breach;
    warnings += result.summary.counts.warning;
    for (const finding of conflictsFindingsRows(result)) {
      conflicts.push({ explanationKey: conflictsKey, shaCode, pctCode: pct.code, proposerPracticeCode, ...finding });
    }
  }

  const readiness: ScenarioReadinessRow[] = [];
  (pct.readiness ?? []).forEach((entry, position) => {
    const assessment = withinArea(
      `PCT ${pct.code}: assessing readiness against ${entry.framework}`,
      (path) => ['pcts', pctAt, 'readiness', position, ...path],
      () =>
        // The evidence and weights are the parsed area's: assessReadiness's schema is not run again.
        assessReadinessOnParsed(
          { framework: entry.framework, evidence: entry.evidence, subject: pct.code, ...(entry.weights === undefined ? {} : { weights: entry.weights }) },
          areaPolicy(context),
          asOf,
        ),
    );
    const readinessKey = `readiness:${pct.code}/${entry.framework}`;
    report(assessment.findings, pctSubject, readinessKey);
    explanations?.set(readinessKey, assessment.explanation);
    readiness.push({
      explanationKey: readinessKey,
      shaCode,
      pctCode: pct.code,
      framework: entry.framework,
      frameworkId: assessment.frameworkId,
      rating: assessment.rating.id,
      ratingLabel: assessment.rating.label,
      ready: assessment.ready,
      score: assessment.score.score,
      maximum: assessment.score.maximum,
      metCount: assessment.score.metCount,
      factorCount: assessment.score.factorCount,
      gaps: assessment.gaps.length,
      missingEvidence: assessment.missingEvidence.length,
      ratingIfAllUnknownMet: assessment.ratingIfAllUnknownMet.id,
    });
  });

  const { row: wcc, findings: wccFindings } = wccRow(context, pct, pctAt, explanations);
  report(wccFindings, pctSubject, wcc?.explanationKey ?? null);

  const practices: ScenarioPracticeRow[] = members.map((practiceAt) => {
    // members holds indexes of area.practices; every practice has a year-end row.
    const practice = area.practices[practiceAt]!;
    const row = yearEndByPractice.get(practice.code)!;
    return {
      explanationKey: row.explanationKey,
      shaCode,
      pctCode: pct.code,
      practiceCode: practice.code,
      groupId: row.groupId,
      listSize: practice.listSize,
      weightedList: practice.weightedList,
      budget: row.budget,
      outturn: row.outturn,
      variance: row.variance,
      practiceKeeps: row.practiceKeeps,
      practiceBears: row.practiceBears,
      pctBears: row.pctBears,
      furReleased: row.furReleased,
      incentivesDue: pence(dueByPractice.get(practice.code) ?? 0),
    };
  });
  const practiceRows = new Map(practices.map((row) => [row.practiceCode, row]));

  const groups: ScenarioGroupRow[] = (context.groupsByPct.get(pct.code) ?? []).map((groupAt) => {
    // groupsByPct holds indexes of area.groups.
    const group = area.groups![groupAt]!;
    const rollUp = withinArea(
      `group ${group.id}: rolling up its budget`,
      (path) => ['groups', groupAt, ...path],
      () =>
        // The group is the parsed area's and the budgets setIndicativeBudget's: the schema is not run again.
        rollUpGroupBudgetOnParsed(
          {
            group: { kind: 'group', groupId: group.id, ...(group.name === undefined ? {} : { name: group.name }), memberPracticeCodes: group.memberPracticeCodes },
            // The schema checks that every member is a practice of this PCT, so each has a budget.
            budgets: group.memberPracticeCodes.map((code) => budgetByPractice.get(code)!),
          },
          policy,
        ),
    );
    // Every member is a practice of this PCT (schema), so each has a row.
    const rows = group.memberPracticeCodes.map((code) => practiceRows.get(code)!);
    // A group's sums name the member whose figure took them out of range.
    const memberPath = (position: number): (string | number)[] => ['groups', groupAt, 'memberPracticeCodes', position];
    const total = (field: 'outturn' | 'practiceKeeps' | 'practiceBears' | 'incentivesDue'): Pence =>
      sumMoneyAt(rows.map((member) => member[field]), memberPath, `group ${group.id}'s ${field}`);
    const outturn = total('outturn');
    const listSize = sumCountsAt(rows.map((member) => member.listSize), memberPath, `group ${group.id}'s list size`);
    // Every member has a year-end row; its freed-up resources are the practice's share.
    const freedUpResources = sumMoneyAt(group.memberPracticeCodes.map((code) => yearEndByPractice.get(code)!.furPracticeShare), memberPath, `group ${group.id}'s freed-up resources`);
    const allowance = withinArea(
      `group ${group.id}: its management allowance`,
      (path) => (path[0] === 'local' ? ['pcts', pctAt, 'managementAllowance', ...path.slice(1)] : path[0] === 'financialYear' ? ['financialYear'] : ['groups', groupAt, ...path]),
      () =>
        managementAllowance(
          {
            groupId: group.id,
            financialYear: area.financialYear,
            registeredPatients: listSize,
            ...(pct.managementAllowance === undefined ? {} : { local: pct.managementAllowance }),
            budget: rollUp.total,
            freedUpResources,
          },
          { policy },
        ),
    );
    const groupKey = `groups:${group.id}`;
    report(allowance.findings, { kind: 'group', id: group.id }, groupKey);
    const row: ScenarioGroupRow = {
      explanationKey: groupKey,
      shaCode,
      pctCode: pct.code,
      groupId: group.id,
      name: group.name ?? null,
      memberCount: rows.length,
      listSize,
      budget: rollUp.total,
      outturn,
      variance: subtractMoney(rollUp.total, outturn),
      practiceKeeps: total('practiceKeeps'),
      practiceBears: total('practiceBears'),
      incentivesDue: total('incentivesDue'),
      freedUpResources,
      managementAllowance: allowance.allowance,
      managementAllowanceBasis: allowance.basis,
    };
    if (explanations !== null) {
      const step = explain(GROUP_RULE, policy, context.realLinesExplanation.asOf);
      step.input('groupId', group.id);
      step.input('members', [...group.memberPracticeCodes]);
      step.child(rollUp.explanation);
      for (const code of group.memberPracticeCodes) {
        const child = explanations.get(`yearEnd:${code}`);
        if (child !== undefined) step.child(child);
      }
      step.child(allowance.explanation);
      explanations.set(row.explanationKey, step.done({ budget: row.budget, outturn: row.outturn, practiceKeeps: row.practiceKeeps, managementAllowance: row.managementAllowance }));
    }
    return row;
  });

  // A PCT's sums name the practice whose figure took them out of range (practices follow members).
  const practicePath = (field: string) => (position: number): (string | number)[] => ['practices', members[position] ?? position, field];
  const sumOf = (field: 'budget' | 'outturn' | 'practiceKeeps' | 'practiceBears' | 'pctBears' | 'incentivesDue'): Pence =>
    sumMoneyAt(practices.map((row) => row[field]), practicePath(field === 'outturn' ? 'spend' : field === 'incentivesDue' ? 'localIncentive' : 'code'), `PCT ${pct.code}'s ${field}`);
  const budgetTotal = sumOf('budget');
  const outturnTotal = sumOf('outturn');
  const pctRow: ScenarioPctRow = {
    explanationKey: budgetsKey,
    shaCode,
    pctCode: pct.code,
    practices: practices.length,
    listSize: sumCountsAt(practices.map((row) => row.listSize), practicePath('listSize'), `PCT ${pct.code}'s list size`),
    controlTotal: sumMoneyAt(set.controlTotal.map((row) => row.available), () => ['pcts', pctAt, 'budgetSetting', 'pctResources'], `PCT ${pct.code}'s control total`),
    budget: budgetTotal,
    outturn: outturnTotal,
    variance: subtractMoney(budgetTotal, outturnTotal),
    practiceKeeps: sumOf('practiceKeeps'),
    practiceBears: sumOf('practiceBears'),
    pctBears: sumOf('pctBears'),
    incentivesDue: sumOf('incentivesDue'),
    businessCases: cases.length,
    conflictsBreaches: breaches,
    conflictsWarnings: warnings,
    readinessReady: readiness.filter((row) => row.ready).length,
    readinessAssessments: readiness.length,
    wccWorldClassCount: wcc?.worldClassCount ?? null,
    ...outcomeCounts(findings),
  };
  return { pctCode: pct.code, budgets, monitoring, yearEnd, incentives, conflicts, readiness, wcc: wcc === null ? [] : [wcc], practices, groups, findings, pct: pctRow, explanations };
}

/** The kinds of area subject a finding can be about. */
const AREA_SUBJECTS = new Set(['practice', 'pct', 'case', 'group']);

/**
 * A rule's finding placed in the area: its subject the area's practice, PCT or case (the rule's own
 * subject, when it is one of those, else `owner`, the rule's subject kept in `details.subject`), with
 * the row's explanation key, and without the path (which named a field of the rule's own input).
 */
function placeFinding(finding: Finding, owner: ScenarioFinding['subject'], shaCode: string, pctCode: string, explanationKey: string | null): ScenarioFinding {
  const { subject: own, path: _path, ...rest } = finding;
  if (own === undefined || (own.kind === owner.kind && own.id === owner.id)) return { ...rest, subject: owner, shaCode, pctCode, explanationKey };
  if (AREA_SUBJECTS.has(own.kind)) return { ...rest, subject: { kind: own.kind as ScenarioFinding['subject']['kind'], id: own.id }, shaCode, pctCode, explanationKey };
  return { ...rest, subject: owner, details: { ...finding.details, subject: { kind: own.kind, id: own.id } }, shaCode, pctCode, explanationKey };
}

/** Breaches, warnings and the worst outcome (in the order of FINDING_OUTCOMES) of a PCT's findings, in one pass. */
function outcomeCounts(findings: readonly ScenarioFinding[]): Pick<ScenarioPctRow, 'findingsBreaches' | 'findingsWarnings' | 'worstOutcome'> {
  let breaches = 0;
  let warnings = 0;
  let worst = FINDING_OUTCOMES.length;
  for (const finding of findings) {
    if (finding.outcome === 'breach') breaches += 1;
    else if (finding.outcome === 'warning') warnings += 1;
    worst = Math.min(worst, FINDING_OUTCOMES.indexOf(finding.outcome));
  }
  return { findingsBreaches: breaches, findingsWarnings: warnings, worstOutcome: FINDING_OUTCOMES[worst] ?? null };
}

/**
 * The PCT's WCC row, when it gives evidence and WCC applies in the area's year (2008/09–2009/10),
 * `null` otherwise, and the rating's findings (a `not_applicable` one when it does not apply). The assurance is of the area's year, so it is rated as of `asOf` or, when `asOf`
 * is after the year (a final year end looked at in June), the year's last day. Errors point at
 * `['pcts', i, 'wcc', …]`.
 */
function wccRow(context: AreaContext, pct: ScenarioPct, pctAt: number, explanations: Map<string, Explanation> | null): { readonly row: ScenarioWccRow | null; readonly findings: readonly Finding[] } {
  if (pct.wcc === undefined) return { row: null, findings: [] };
  const evidence = pct.wcc;
  const rated = withinArea(
    `PCT ${pct.code}: rating its world class commissioning assurance`,
    // wccRatingForPct names fields under `wcc`; the assessment inside it names the evidence's own fields.
    (path) => (path[0] === 'wcc' ? ['pcts', pctAt, ...path] : path[0] === 'pct' ? ['pcts', pctAt, 'code'] : ['pcts', pctAt, 'wcc', ...path]),
    () => wccRatingForPct({ pct: pct.code, wcc: evidence }, { asOf: minDate(context.asOf, financialYearBounds(context.area.financialYear).end), ...policyOption(context) }),
  );
  const assessment = rated.assessment;
  if (!rated.applies || assessment === null) return { row: null, findings: rated.findings };
  const key = `wcc:${pct.code}`;
  explanations?.set(key, rated.explanation);
  const link = assessment.findings.find((finding) => finding.rule === 'wcc.pbcLink');
  const row: ScenarioWccRow = {
    explanationKey: key,
    shaCode: pct.shaCode,
    pctCode: pct.code,
    assuranceYear: assessment.assuranceYear,
    basis: assessment.basis,
    rating: assessment.rating.id,
    ratingLabel: assessment.rating.label,
    ready: assessment.ready,
    meanLevel: assessment.score.meanLevel,
    worldClassCount: assessment.score.worldClassCount,
    knownCount: assessment.score.knownCount,
    gaps: assessment.gaps.length,
    missingEvidence: assessment.missingEvidence.length,
    ...governanceLights(assessment.governance),
    pbcLinkLevel: assessment.pbcLink.level,
    // assessWccAssurance always makes one wcc.pbcLink finding.
    pbcLinkOutcome: link?.outcome ?? 'unknown',
  };
  return { row, findings: rated.findings };
}

/** The three governance traffic lights of a WCC assessment, `null` where not known. */
function governanceLights(governance: WccAssessment['governance']): Pick<ScenarioWccRow, 'strategy' | 'finance' | 'board'> {
  const light = (id: string) => governance.find((area) => area.areaId === id)?.rating ?? null;
  return { strategy: light('strategy'), finance: light('finance'), board: light('board') };
}

function pctIncentives(
  context: AreaContext,
  pct: ScenarioPct,
  pctAt: number,
  members: readonly number[],
  yearEndByPractice: ReadonlyMap<string, ScenarioYearEndRow>,
  furReleasedByPractice: ReadonlyMap<string, Pence>,
  explanations: Map<string, Explanation> | null,
): ScenarioIncentiveRow[] {
  const { area } = context;
  const desClaims: DesClaim[] = [];
  const claimOrigin: { readonly practiceAt: number; readonly position: number }[] = [];
  const localPractices: LocalIncentivePractice[] = [];
  const localOrigin: number[] = [];
  // Practices whose claims or scheme entries the evaluation completed from their year end.
  const builtOn = new Set<string>();
  for (const practiceAt of members) {
    // members holds indexes of area.practices.
    const practice = area.practices[practiceAt]!;
    (practice.desClaims ?? []).forEach((claim, position) => {
      const released = furReleasedByPractice.get(practice.code);
      // SFE 7A.12: freed-up resources the practice can access are set against component 2. Unless the
      // claim says otherwise, they are those the year end releases.
      const filled: DesClaim =
        claim.component === 'C2' && claim.freedUpResources === undefined && released !== undefined
          ? { ...claim, freedUpResources: { accessible: released, pctDemonstratedAvailable: released > 0 } }
          : claim;
      desClaims.push(filled);
      claimOrigin.push({ practiceAt, position });
      if (filled !== claim) builtOn.add(practice.code);
    });
    const local = practice.localIncentive;
    if (local !== undefined) {
      const yearEnd = yearEndByPractice.get(practice.code);
      // The no-overspend condition reads the indicative budget's outcome, known once the year is complete.
      const fill = local.indicativeBudget === undefined && context.final && yearEnd !== undefined && yearEnd.releaseStatus !== null;
      localPractices.push(fill ? { ...local, indicativeBudget: { budget: yearEnd.indicativeBudget, outturn: yearEnd.indicativeOutturn } } : local);
      if (fill) builtOn.add(practice.code);
      localOrigin.push(practiceAt);
    }
  }
  if (desClaims.length === 0 && localPractices.length === 0) return [];
  const scheme = pct.localIncentiveScheme;
  const localSchemes = scheme === undefined || localPractices.length === 0 ? [] : [{ scheme, practices: localPractices }];
  const schedule = withinArea(
    `PCT ${pct.code}: incentive payments`,
    (path) => {
      const [head, index, field, position, ...rest] = path;
      if (head === 'desClaims' && typeof index === 'number') {
        const origin = claimOrigin[index];
        if (origin !== undefined) return ['practices', origin.practiceAt, 'desClaims', origin.position, ...path.slice(2)];
      }
      if (head === 'localSchemes' && field === 'practices' && typeof position === 'number') {
        const origin = localOrigin[position];
        if (origin !== undefined) return ['practices', origin, 'localIncentive', ...rest];
      }
      if (head === 'localSchemes' && field === 'scheme') return ['pcts', pctAt, 'localIncentiveScheme', ...path.slice(3)];
      return ['pcts', pctAt, ...path];
    },
    // The claims, scheme and practices are the parsed area's (with the year end's figures filled in): the schedule's schema is not run again.
    () => incentivePaymentScheduleOnParsed({ desClaims, localSchemes }, context.policy, context.asOf),
  );
  const rows: ScenarioIncentiveRow[] = schedule.records.map((record) => ({
    explanationKey: `incentives:${record.practiceCode}`,
    shaCode: pct.shaCode,
    pctCode: pct.code,
    ...record,
  }));
  if (explanations !== null) {
    // The schedule explains each claim, then each local-scheme practice, in input order.
    const children = new Map<string, Explanation[]>();
    schedule.explanation.children.forEach((child, index) => {
      const code = index < desClaims.length ? desClaims[index]?.practiceCode : localPractices[index - desClaims.length]?.practiceCode;
      if (code !== undefined) push(children, code, child);
    });
    const dueBy = new Map<string, number>();
    for (const row of rows) dueBy.set(row.practiceCode, (dueBy.get(row.practiceCode) ?? 0) + row.amount);
    for (const [code, list] of children) {
      const step = explain(PRACTICE_INCENTIVES_RULE, context.policy, context.asOf);
      step.input('practiceCode', code);
      step.input('items', rows.filter((row) => row.practiceCode === code).length);
      for (const child of list) step.child(child);
      const yearEnd = builtOn.has(code) ? explanations.get(`yearEnd:${code}`) : undefined;
      if (yearEnd !== undefined) {
        step.note("the practice's year end supplied its indicative budget outcome or its freed-up resources");
        step.child(yearEnd);
      }
      explanations.set(`incentives:${code}`, step.done({ due: pence(dueBy.get(code) ?? 0) }));
    }
  }
  return rows;
}
