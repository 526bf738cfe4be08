/**
 * The plain-`number` reference for the national benchmark: the same arithmetic as `evaluateArea` —
 * budgets set per PCT (historic activity at tariff, fair shares, the pace of change, the control
 * total), monitoring, the year end (freed-up resources, real budgets), incentives, a count of the
 * conflict checks and the readiness scores — written the quickest plain way: numbers, no validation,
 * no explanations, no decimal library, policy values read once. It lives in `bench/` only; it is not
 * part of the library and is not exact where floating point is not (it is checked against the
 * library's totals to within a few pence per practice).
 */
import { parameterAt, readinessFrameworks, type Policy } from '../src/policy/index.js';
import type { EvaluateAreaInput } from '../src/index.js';

type Area = EvaluateAreaInput;
type Practice = Area['practices'][number];

const CATALOGUE = ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'A_AND_E', 'PRESCRIBING', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH', 'DIAGNOSTICS', 'TERTIARY_SPECIALISED', 'OTHER'];

/** Rounds half away from zero, as the library's half-up does. */
function roundHalfUp(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value);
}

/** Largest remainder: whole parts proportional to weights summing to `total` (ties to the earlier part). */
function split(total: number, weights: readonly number[]): number[] {
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0 || weightTotal === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / weightTotal);
  const parts = exact.map((share) => Math.floor(share));
  let left = total - parts.reduce((sum, part) => sum + part, 0);
  const order = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share), positive: weights[index]! > 0 }))
    .filter((entry) => entry.positive)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left -= 1) parts[order[i]!.index]! += 1;
  return parts;
}

/** The totals the reference computes (the same names as `evaluateArea`'s totals). */
export interface ReferenceTotals {
  practices: number;
  budget: number;
  outturn: number;
  furPracticeShare: number;
  furPctShare: number;
  furReleased: number;
  realHolderKeeps: number;
  realHolderBears: number;
  practiceKeeps: number;
  pctBears: number;
  incentivesDue: number;
  conflictsFindings: number;
  conflictsBreaches: number;
  readinessReady: number;
  groupBudget: number;
}

interface Parameters {
  readonly mandatory: readonly string[];
  readonly realLines: ReadonlySet<string>;
  readonly threshold: number;
  readonly gapClosed: number;
  readonly marginalRate: number | null;
  readonly furShare: number;
  readonly holderSavingsShare: number;
  readonly holderBearsOverspend: boolean;
  readonly pctCarriesOverspend: boolean;
  readonly balancingYears: number;
  readonly desRate: number;
  readonly decisionDays: number | null;
}

function read(policy: Policy, id: string, date: string): unknown {
  try {
    return parameterAt(policy, id, date).value;
  } catch {
    return null;
  }
}

function parametersFor(policy: Policy, year: string): Parameters {
  const start = `${year.slice(0, 4)}-04-01`;
  const number = (id: string, fallback: number): number => {
    const value = read(policy, id, start);
    return typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : fallback;
  };
  const lines = read(policy, 'budget.realBudget.lines', start);
  const decision = read(policy, 'entitlements.businessCaseDecisionDays', start);
  return {
    mandatory: (read(policy, 'budget.scope.mandatoryLines', start) as string[] | null) ?? [],
    realLines: new Set(Array.isArray(lines) ? lines : []),
    threshold: number('budget.paceOfChange.threshold', 0.1),
    gapClosed: number('budget.paceOfChange.gapClosedPerYear', 0.25),
    marginalRate: typeof read(policy, 'tariff.nonElective.marginalRate', start) === 'string' ? number('tariff.nonElective.marginalRate', 1) : null,
    furShare: number('fur.practiceShare', 0.7),
    holderSavingsShare: number('budget.realBudget.holderSavingsShare', 1),
    holderBearsOverspend: read(policy, 'budget.realBudget.holderBearsOverspend', start) !== false,
    pctCarriesOverspend: read(policy, 'budget.indicative.pctCarriesOverspendRisk', start) !== false,
    balancingYears: number('budget.overspendBalancingYears', 3),
    desRate: number('des.c2.ratePerPatient', 95),
    decisionDays: typeof decision === 'number' ? decision : null,
  };
}

function historicLines(practice: Practice, parameters: Parameters): Map<string, number> {
  const lines = new Map<string, number>();
  for (const item of practice.historic?.activity ?? []) {
    let amount = item.count * item.unitPrice;
    if (item.serviceLine === 'NON_ELECTIVE' && parameters.marginalRate !== null && item.baselineCount !== undefined && item.count > item.baselineCount) {
      const excess = item.count - item.baselineCount;
      amount = item.baselineCount * item.unitPrice + roundHalfUp(excess * item.unitPrice * parameters.marginalRate);
    }
    lines.set(item.serviceLine, (lines.get(item.serviceLine) ?? 0) + amount);
  }
  for (const item of practice.historic?.costs ?? []) lines.set(item.serviceLine, (lines.get(item.serviceLine) ?? 0) + item.amount);
  return lines;
}

/**
 * Evaluates the area the plain way and returns its totals.
 *
 * @param area - a generated area (plain JSON, not validated)
 * @param options - the policy and the asOf date
 */
export function referenceEvaluation(area: Area, options: { readonly policy: Policy; readonly asOf: string }): ReferenceTotals {
  const parameters = parametersFor(options.policy, area.financialYear);
  const startYear = Number(area.financialYear.slice(0, 4));
  let throughMonth = 0;
  for (let month = 1; month <= 12; month += 1) {
    const calendarMonth = ((month + 2) % 12) + 1;
    const year = month <= 9 ? startYear : startYear + 1;
    const lastDay = new Date(Date.UTC(year, calendarMonth, 0)).getUTCDate();
    const end = `${year}-${String(calendarMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
    if (end <= options.asOf) throughMonth = month;
  }
  const final = throughMonth === 12;
  const totals: ReferenceTotals = {
    practices: 0,
    budget: 0,
    outturn: 0,
    furPracticeShare: 0,
    furPctShare: 0,
    furReleased: 0,
    realHolderKeeps: 0,
    realHolderBears: 0,
    practiceKeeps: 0,
    pctBears: 0,
    incentivesDue: 0,
    conflictsFindings: 0,
    conflictsBreaches: 0,
    readinessReady: 0,
    groupBudget: 0,
  };
  const byPct = new Map<string, Practice[]>();
  for (const practice of area.practices) {
    const list = byPct.get(practice.pctCode);
    if (list === undefined) byPct.set(practice.pctCode, [practice]);
    else list.push(practice);
  }
  const budgetOf = new Map<string, number>();

  for (const pct of area.pcts) {
    const practices = byPct.get(pct.code) ?? [];
    const scope = CATALOGUE.filter((line) => (pct.budgetSetting.scope?.lines ?? parameters.mandatory).includes(line));
    const resources = new Map(pct.budgetSetting.pctResources.map((entry) => [entry.serviceLine as string, entry.amount]));
    const historic = practices.map((practice) => historicLines(practice, parameters));
    const weights = practices.map((practice) => practice.weightedList);
    const fair = new Map(scope.map((line) => [line, split(resources.get(line) ?? 0, weights)]));
    const method = pct.budgetSetting.method;
    const before = practices.map((_practice, index) => {
      const own = historic[index]!;
      const lines = new Map<string, number>();
      if (method === 'weightedCapitation') {
        for (const line of scope) lines.set(line, fair.get(line)![index]!);
        return lines;
      }
      if (method === 'historicActivityAtTariff') {
        for (const line of scope) lines.set(line, own.get(line) ?? 0);
        return lines;
      }
      let h = 0;
      let f = 0;
      for (const line of scope) {
        h += own.get(line) ?? 0;
        f += fair.get(line)![index]!;
      }
      const beyond = f === 0 ? h > 0 : Math.abs(h - f) > parameters.threshold * f;
      for (const line of scope) {
        const historicLine = own.get(line) ?? 0;
        const fairLine = fair.get(line)![index]!;
        lines.set(line, beyond ? historicLine + roundHalfUp((fairLine - historicLine) * parameters.gapClosed) : historicLine);
      }
      return lines;
    });
    for (const line of scope) {
      const amounts = before.map((lines) => lines.get(line)!);
      const sum = amounts.reduce((acc, amount) => acc + amount, 0);
      const available = resources.get(line) ?? 0;
      if (sum > available) split(available, amounts).forEach((amount, index) => before[index]!.set(line, amount));
    }

    const indicativeOutcome = new Map<string, { budget: number; outturn: number }>();
    const released = new Map<string, number>();
    practices.forEach((practice, index) => {
      const budget = before[index]!;
      let indicativeBudget = 0;
      let indicativeOutturn = 0;
      let realVariance = 0;
      let total = 0;
      const spendByLine = new Map(practice.spend.map((entry) => [entry.serviceLine as string, entry.months]));
      for (const line of scope) {
        const amount = budget.get(line)!;
        total += amount;
        const phased = split(amount, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
        let budgetToDate = 0;
        for (let month = 0; month < throughMonth; month += 1) budgetToDate += phased[month]!;
        const months = spendByLine.get(line) ?? [];
        let spendToDate = 0;
        for (let month = 0; month < throughMonth; month += 1) spendToDate += months[month] ?? 0;
        const outturn = final ? spendToDate : roundHalfUp((spendToDate * 12) / throughMonth);
        totals.outturn += outturn;
        if (parameters.realLines.has(line)) realVariance += amount - outturn;
        else {
          indicativeBudget += amount;
          indicativeOutturn += outturn;
        }
      }
      budgetOf.set(practice.code, total);
      totals.budget += total;
      totals.practices += 1;
      indicativeOutcome.set(practice.code, { budget: indicativeBudget, outturn: indicativeOutturn });

      // Freed-up resources on the indicative lines.
      const fur = practice.freedUpResources;
      let variance = indicativeBudget - indicativeOutturn;
      // Earlier overspends still within the balancing window are repaid first.
      let outstanding = 0;
      for (const year of fur?.history ?? []) {
        if (startYear - Number(year.financialYear.slice(0, 4)) < parameters.balancingYears) outstanding += Math.max(0, year.outturn - year.budget);
      }
      if (variance > 0) {
        variance -= Math.min(variance, outstanding);
        const claim = Math.min(variance, fur?.pctDeficit ?? 0);
        const practiceShare = roundHalfUp((variance - claim) * parameters.furShare);
        totals.furPracticeShare += practiceShare;
        totals.furPctShare += variance - claim - practiceShare;
        totals.practiceKeeps += practiceShare;
        const approved = fur?.businessCase?.status === 'approved' ? Math.min(fur.businessCase.approvedAmount ?? practiceShare, practiceShare) : 0;
        totals.furReleased += approved;
        released.set(practice.code, approved);
      } else if (variance < 0 && parameters.pctCarriesOverspend) totals.pctBears -= variance;
      // The lines held as a real budget.
      if (realVariance > 0) {
        const kept = roundHalfUp(realVariance * parameters.holderSavingsShare);
        totals.realHolderKeeps += kept;
        totals.practiceKeeps += kept;
      } else if (realVariance < 0) {
        if (parameters.holderBearsOverspend) totals.realHolderBears -= realVariance;
        else totals.pctBears -= realVariance;
      }
    });

    // Incentives: the local scheme, or the Towards PBC DES.
    const scheme = pct.localIncentiveScheme;
    for (const practice of practices) {
      for (const claim of practice.desClaims ?? []) {
        const date = claim.component === 'C1' ? '2006-04-01' : '2007-04-01';
        const list = claim.listSizes.find((entry) => entry.date === date)?.registered ?? 0;
        const value = parameters.desRate * list;
        if (claim.component === 'C1') {
          if (claim.indicativeBudgetAcceptedOn !== undefined) totals.incentivesDue += value;
        } else if (claim.objectivesAgreedMetOn !== undefined && claim.claimedOn !== undefined && claim.claimedOn <= '2007-06-30' && claim.objectives.every((objective) => objective.met)) {
          totals.incentivesDue += Math.max(0, value - (claim.freedUpResources?.accessible ?? released.get(practice.code) ?? 0));
        }
      }
      const local = practice.localIncentive;
      if (scheme === undefined || local === undefined) continue;
      const snapshot = local.listSizes.find((entry) => entry.date === scheme.listSizeDate);
      const patients = scheme.patientBasis === 'weighted' ? (snapshot?.weighted ?? 0) : (snapshot?.registered ?? 0);
      const value = roundHalfUp(scheme.ratePerPatient * patients);
      const shares = split(
        value,
        scheme.instalments.map((instalment) => Number(instalment.weight)),
      );
      const outcome = indicativeOutcome.get(practice.code)!;
      scheme.instalments.forEach((instalment, index) => {
        const gates = instalment.conditions ?? scheme.conditions.map((condition) => condition.id);
        let due = true;
        for (const id of gates) {
          const condition = scheme.conditions.find((entry) => entry.id === id);
          if (condition?.kind === 'plan-approved') due &&= local.planApprovedOn !== undefined && local.planApprovedOn <= scheme.endsOn;
          else if (condition?.kind === 'no-overspend') due &&= final && outcome.outturn <= outcome.budget;
          else due &&= local.conditionsMet?.[id] === true;
        }
        if (due) totals.incentivesDue += shares[index]!;
      });
    }

    // Conflicts: the checks per case — three per panel member (register, minimum list, recusal), six
    // on the case (who decides, wording, procurement, reasons, timing, publication), one per referral
    // and dispute — and the breaches the simplest of them find.
    for (const entry of area.businessCases ?? []) {
      if (entry.pctCode !== pct.code) continue;
      const { businessCase, panel } = entry;
      const decidedOn = businessCase.decision?.decidedOn;
      for (const member of panel.members) {
        const declared = member.declarationOn !== undefined && (decidedOn === undefined || member.declarationOn <= decidedOn);
        const conflicted = member.interests.some((interest) => interest.bodyId === businessCase.proposer.bodyId);
        if (member.participated && (!declared || conflicted)) totals.conflictsBreaches += 1;
        totals.conflictsFindings += 3;
      }
      const days = decidedOn === undefined ? null : (Date.parse(decidedOn) - Date.parse(businessCase.submittedOn)) / 86_400_000;
      if (days !== null && parameters.decisionDays !== null && days > parameters.decisionDays) totals.conflictsBreaches += 1;
      totals.conflictsFindings += 6 + (entry.referrals?.length ?? 0) + (entry.dispute === undefined ? 0 : 1);
    }

    // Readiness: met (or enabler) 1, partial (or neutral) 0.5 over the scored factors; the Audit
    // Commission's 2007 list is ready with all five in place, the King's Fund's with more than half.
    for (const readiness of pct.readiness ?? []) {
      const framework = readinessFrameworks[readiness.framework];
      const scored = new Set(framework.factors.filter((factor) => factor.role !== 'outcome').map((factor) => factor.id));
      let score = 0;
      let met = 0;
      for (const item of readiness.evidence) {
        if (!scored.has(item.factorId)) continue;
        const points = item.status === 'met' || item.status === 'enabler' ? 1 : item.status === 'partial' || item.status === 'neutral' ? 0.5 : 0;
        score += points;
        if (points === 1) met += 1;
      }
      const ready = framework.rating.measure === 'met-count' ? met === scored.size : score > scored.size / 2;
      if (ready) totals.readinessReady += 1;
    }
  }
  for (const group of area.groups ?? []) for (const code of group.memberPracticeCodes) totals.groupBudget += budgetOf.get(code) ?? 0;
  return totals;
}
