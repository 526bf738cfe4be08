/**
 * A seeded, deterministic generator of realistic synthetic areas — one PCT, an SHA, or all of
 * England (8,433 practices in 152 PCTs and 10 SHAs, about 53 million patients) — for one financial
 * year, in the shape `evaluateArea` takes.
 *
 * @module
 */
import { z } from 'zod';
import { FinancialYearSchema, addDays, addMonths, financialYearBounds } from '../../core/calendar.js';
import { PbcError } from '../../core/errors.js';
import { PctCodeSchema, ShaCodeSchema } from '../../core/identifiers.js';
import { parameterAt } from '../../core/policy-model/parameter-at.js';
import { parseInput } from '../../core/validation.js';
import { baselinePolicy } from '../../policy/baseline.js';
import { resolveBudgetScope } from '../../budgets/resolve-budget-scope.js';
import { readinessFrameworks } from '../../policy/frameworks/index.js';
import type { ReadinessFramework, ReadinessStatus } from '../../policy/frameworks/framework-schema.js';
import type { ServiceLine } from '../../budgets/model.js';
import type { EvaluateAreaInput } from '../../scenario/area-schema.js';
import { createSeededRandom, type SeededRandom } from '../random.js';
import { chance, dateBetween, lognormal, normal, splitWhole, subSeed } from './distributions.js';
import { englandPcts, englandPracticeCount, englandShas, englandTargetPatients, type PctSkeleton } from './england-structure.js';

/**
 * The zod schema for the options of {@link generateArea}: a seed (any safe integer), the scope
 * (`'england'`, `{ sha }` or `{ pct }`, with the synthetic codes of `generatedEnglandPctCodes`) and a
 * financial year of PBC budgets (2005/06 to 2010/11).
 *
 * @category Testing
 * @example
 * ```ts
 * import { GenerateAreaOptionsSchema } from 'practice-based-commissioning/schemas';
 * GenerateAreaOptionsSchema.safeParse({ seed: 1, scope: { sha: 'Q30' }, financialYear: '2007/08' }).success; //=> true
 * GenerateAreaOptionsSchema.safeParse({ seed: 1, scope: 'wales', financialYear: '2007/08' }).success;     //=> false
 * ```
 */
export const GenerateAreaOptionsSchema = z
  .object({
    seed: z
      .number()
      .int({ message: 'must be a whole number' })
      .refine(Number.isSafeInteger, { message: 'must be a safe integer' })
      .meta({ description: 'The seed: the same seed always gives the same area.' }),
    scope: z
      .union([
        z.literal('england'),
        z.object({ sha: ShaCodeSchema.meta({ description: 'One of the ten SHAs, Q30 to Q39.' }) }).strict(),
        z.object({ pct: PctCodeSchema.meta({ description: 'One of the 152 synthetic PCTs, 5A0 to 5R1.' }) }).strict(),
      ])
      .meta({ description: "'england', { sha: 'Q30' } or { pct: '5A0' }." }),
    financialYear: FinancialYearSchema.refine((year) => year >= '2005/06' && year <= '2010/11', {
      message: 'must be a year of PBC budgets, 2005/06 to 2010/11',
    }),
  })
  .strict();

/**
 * The options of {@link generateArea}. See {@link GenerateAreaOptionsSchema}.
 *
 * @category Testing
 * @example
 * ```ts
 * import type { GenerateAreaOptions } from 'practice-based-commissioning/testing';
 * const options: GenerateAreaOptions = { seed: 2008, scope: 'england', financialYear: '2008/09' };
 * options.scope; //=> 'england'
 * ```
 */
export type GenerateAreaOptions = z.input<typeof GenerateAreaOptionsSchema>;

/**
 * The codes of the 152 synthetic PCTs, in SHA order, for `generateArea`'s `{ pct }` scope.
 *
 * @category Testing
 * @example
 * ```ts
 * import { generatedEnglandPctCodes } from 'practice-based-commissioning/testing';
 * generatedEnglandPctCodes.length; //=> 152
 * generatedEnglandPctCodes[0];     //=> '5A0'
 * ```
 */
export const generatedEnglandPctCodes: readonly string[] = Object.freeze(englandPcts.map((pct) => pct.code));

// Orders of magnitude for a 2005/06 PCT (invented for synthetic data): activity per registered
// patient a year and the tariff price per unit in pence; costs per patient in pence for the rest.
const TARIFF_LINES = [
  { serviceLine: 'ELECTIVE_INPATIENT', currency: 'elective spells', perPatient: 0.03, price: 300_000 },
  { serviceLine: 'DAY_CASE', currency: 'day cases', perPatient: 0.075, price: 70_000 },
  { serviceLine: 'NON_ELECTIVE', currency: 'emergency spells', perPatient: 0.085, price: 160_000 },
  { serviceLine: 'OUTPATIENT', currency: 'attendances', perPatient: 0.85, price: 10_000 },
] as const;
const COST_PER_PATIENT: Readonly<Partial<Record<ServiceLine, number>>> = {
  PRESCRIBING: 15_000,
  A_AND_E: 1_500,
  COMMUNITY_SERVICES: 8_000,
  MENTAL_HEALTH: 11_000,
  DIAGNOSTICS: 1_200,
  OTHER: 2_500,
  TERTIARY_SPECIALISED: 4_000,
};
/** Emergency admissions peak in winter (months April first). */
const WINTER: readonly number[] = [0.95, 0.94, 0.94, 0.95, 0.95, 0.97, 1.02, 1.06, 1.12, 1.1, 1.02, 0.98];
const FLAT: readonly number[] = Array.from({ length: 12 }, () => 1);

interface Plan {
  readonly practiceCounts: readonly number[];
  readonly patientTargets: readonly number[];
}

/** England's shape for a seed: practices and patients per PCT (cheap: 152 draws each). */
function englandPlan(seed: number): Plan {
  const random = createSeededRandom(subSeed(seed, 1_000_003));
  const sizes = englandPcts.map(() => lognormal(random, 0, 0.45));
  const practiceCounts = splitWhole(englandPracticeCount, sizes, 12);
  const listWeights = practiceCounts.map((count) => count * lognormal(random, 0, 0.08));
  return { practiceCounts, patientTargets: splitWhole(englandTargetPatients, listWeights) };
}

interface YearFacts {
  readonly financialYear: string;
  readonly startYear: number;
  readonly start: string;
  readonly end: string;
  /** The last day a business case, referral or dispute falls on: 60 days after the year ends (DES claims run to 29 June 2007). */
  readonly lastEvent: string;
  readonly uplift: number;
  readonly lines: readonly ServiceLine[];
  readonly method: string;
}

function yearFacts(financialYear: string): YearFacts {
  const { start, end } = financialYearBounds(financialYear);
  const startYear = Number(financialYear.slice(0, 4));
  const method = parameterAt(baselinePolicy, 'budget.method.guidance', start).value;
  return {
    financialYear,
    startYear,
    start,
    end,
    lastEvent: addDays(end, 60),
    uplift: 1.03 ** (startYear - 2005),
    lines: resolveBudgetScope({ financialYear }).lines,
    method: typeof method === 'string' ? method : 'historicActivityAtTariff',
  };
}

type PracticeInput = EvaluateAreaInput['practices'][number];
type BusinessCaseInput = NonNullable<EvaluateAreaInput['businessCases']>[number];
type GroupInput = NonNullable<EvaluateAreaInput['groups']>[number];
type PctInput = EvaluateAreaInput['pcts'][number];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function monthlySpend(random: SeededRandom, annual: number, serviceLine: ServiceLine): number[] {
  const shape = serviceLine === 'NON_ELECTIVE' ? WINTER : FLAT;
  return splitWhole(
    Math.max(0, Math.round(annual)),
    shape.map((weight) => Math.max(0.01, weight * (1 + 0.03 * normal(random, 0, 1)))),
  );
}

function practicesOf(random: SeededRandom, skeleton: PctSkeleton, count: number, patients: number, year: YearFacts): { practices: PracticeInput[]; lineCosts: Map<ServiceLine, number> } {
  const lists = splitWhole(
    patients,
    Array.from({ length: count }, () => lognormal(random, 0, 0.6)),
    100,
  );
  const lineCosts = new Map<ServiceLine, number>();
  const previousYear = `${year.startYear - 1}/${pad((year.startYear % 100 + 100) % 100, 2)}`;
  const practices = lists.map((listSize, index): PracticeInput => {
    const code = `${skeleton.sha.practicePrefix}${pad(skeleton.numberInSha, 2)}${pad(index + 1, 3)}`;
    const need = lognormal(random, 0, 0.1);
    const use = lognormal(random, 0, 0.12);
    const activity = TARIFF_LINES.filter((line) => year.lines.includes(line.serviceLine)).map((line) => {
      const units = Math.round(listSize * line.perPatient * use * lognormal(random, 0, 0.05));
      const price = Math.round(line.price * year.uplift);
      lineCosts.set(line.serviceLine, (lineCosts.get(line.serviceLine) ?? 0) + units * price);
      return {
        serviceLine: line.serviceLine,
        currency: line.currency,
        count: units,
        unitPrice: price,
        ...(line.serviceLine === 'NON_ELECTIVE' ? { baselineCount: Math.round(units * (0.93 + 0.05 * random.next())) } : {}),
      };
    });
    const costs = year.lines
      .filter((line) => COST_PER_PATIENT[line] !== undefined)
      .map((line) => {
        const amount = Math.round(listSize * (COST_PER_PATIENT[line] ?? 0) * year.uplift * use * lognormal(random, 0, 0.05));
        lineCosts.set(line, (lineCosts.get(line) ?? 0) + amount);
        return { serviceLine: line, amount };
      });
    const expected = new Map<ServiceLine, number>([...activity.map((item): [ServiceLine, number] => [item.serviceLine, item.count * item.unitPrice]), ...costs.map((item): [ServiceLine, number] => [item.serviceLine, item.amount])]);
    const spend = year.lines.map((line) => ({ serviceLine: line, months: monthlySpend(random, (expected.get(line) ?? 0) * lognormal(random, -0.01, 0.05), line) }));
    const expectedTotal = [...expected.values()].reduce((sum, amount) => sum + amount, 0);
    const status = random.next();
    const businessCase =
      status < 0.55 ? { status: 'approved' as const } : status < 0.75 ? { status: 'pending' as const } : status < 0.95 ? { status: 'notSubmitted' as const } : { status: 'rejected' as const };
    const history = year.startYear > 2005 && chance(random, 0.25) ? [{ financialYear: previousYear, budget: Math.round(expectedTotal / 1.03), outturn: Math.round((expectedTotal / 1.03) * normal(random, 1, 0.03)) }] : undefined;
    const proposedUses =
      businessCase.status === 'approved' && chance(random, 0.3)
        ? [{ description: 'Community clinic redesign', amount: Math.round(expectedTotal * 0.004), purpose: 'patientServices' as const }]
        : undefined;
    return {
      code,
      pctCode: skeleton.code,
      listSize,
      weightedList: Math.round(listSize * need * 10) / 10,
      historic: { activity, costs },
      spend,
      freedUpResources: { businessCase, ...(history === undefined ? {} : { history }), ...(proposedUses === undefined ? {} : { proposedUses }) },
    };
  });
  return { practices, lineCosts };
}

function desClaimsOf(random: SeededRandom, practice: PracticeInput, neighbour: string): NonNullable<PracticeInput['desClaims']> {
  if (!chance(random, 0.96)) return [];
  const planAgreedOn = dateBetween(random, '2006-04-10', '2007-03-20');
  const listSizes = [
    { date: '2006-04-01', registered: practice.listSize },
    { date: '2007-04-01', registered: Math.max(0, Math.round(practice.listSize * normal(random, 1.01, 0.01))) },
  ];
  const c1 = {
    component: 'C1' as const,
    practiceCode: practice.code,
    planAgreedOn,
    ...(chance(random, 0.92) ? { indicativeBudgetAcceptedOn: dateBetween(random, '2006-04-01', planAgreedOn) } : {}),
    listSizes,
  };
  if (!chance(random, 0.88)) return [c1];
  const joint = chance(random, 0.2) && neighbour !== practice.code;
  const objectives = Array.from({ length: random.integer(1, 3) }, (_, index) => ({ id: `objective-${index + 1}`, scope: joint && index === 0 ? ('joint' as const) : ('own' as const), met: chance(random, 0.9) }));
  const allMet = objectives.every((objective) => objective.met);
  const agreedOn = allMet && chance(random, 0.95) ? dateBetween(random, '2007-04-02', '2007-06-10') : undefined;
  const claimedOn = agreedOn !== undefined ? dateBetween(random, agreedOn, '2007-06-29') : allMet || !chance(random, 0.3) ? undefined : dateBetween(random, '2007-04-02', '2007-06-20');
  const c2 = {
    component: 'C2' as const,
    practiceCode: practice.code,
    planAgreedOn,
    plan: joint ? ('joint' as const) : ('individual' as const),
    ...(joint ? { jointPlanWith: [neighbour] } : {}),
    objectives,
    ...(agreedOn === undefined ? {} : { objectivesAgreedMetOn: agreedOn }),
    ...(claimedOn === undefined ? {} : { claimedOn }),
    listSizes,
  };
  return [c1, c2];
}

function localSchemeOf(random: SeededRandom, skeleton: PctSkeleton, year: YearFacts): NonNullable<PctInput['localIncentiveScheme']> {
  const fromApril = chance(random, 0.7);
  const startsOn = fromApril ? year.start : `${year.startYear}-07-01`;
  const meetings = chance(random, 0.5);
  const conditions = [
    { id: 'plan', kind: 'plan-approved' as const },
    ...(chance(random, 0.9) ? [{ id: 'budget', kind: 'no-overspend' as const }] : []),
    ...(meetings ? [{ id: 'meetings', kind: 'custom' as const, description: 'the practice PBC lead attends 75% of PBC meetings' }] : []),
  ];
  return {
    id: `${skeleton.code}-LIS-${year.startYear}`,
    name: `${skeleton.name} PBC incentive scheme ${year.financialYear}`,
    pctCode: skeleton.code,
    startsOn,
    endsOn: fromApril ? year.end : `${year.startYear + 1}-06-30`,
    ratePerPatient: random.integer(150, 300),
    patientBasis: chance(random, 0.6) ? 'registered' : 'weighted',
    listSizeDate: startsOn,
    conditions,
    instalments: [
      { id: 'sign-up', payOn: addDays(addMonths(startsOn, 3), -1), weight: 1, conditions: ['plan'] },
      ...(meetings ? [{ id: 'mid-year', payOn: `${year.startYear + 1}-01-31`, weight: 1, conditions: ['plan', 'meetings'] }] : []),
      { id: 'outturn', payOn: `${year.startYear + 1}-07-31`, weight: 2 },
    ],
  };
}

function groupsOf(random: SeededRandom, skeleton: PctSkeleton, practices: readonly PracticeInput[]): GroupInput[] {
  const groups: GroupInput[] = [];
  for (let index = 0; index < practices.length; ) {
    if (chance(random, 0.1)) {
      index += 1;
      continue;
    }
    const size = Math.min(random.integer(4, 12), practices.length - index);
    const number = groups.length + 1;
    groups.push({ id: `${skeleton.code}-G${number}`, name: `${skeleton.name} cluster ${number}`, pctCode: skeleton.code, memberPracticeCodes: practices.slice(index, index + size).map((practice) => practice.code) });
    index += size;
  }
  return groups;
}

function businessCasesOf(random: SeededRandom, skeleton: PctSkeleton, practices: readonly PracticeInput[], groups: readonly GroupInput[], year: YearFacts): BusinessCaseInput[] {
  const count = Math.max(1, Math.round(practices.length / 8));
  return Array.from({ length: count }, (_, number): BusinessCaseInput => {
    const id = `BC-${skeleton.code}-${year.startYear}-${pad(number + 1, 3)}`;
    const proposingPractice = random.pick(practices);
    const group = groups.length > 0 && chance(random, 0.3) ? random.pick(groups) : undefined;
    const proposer = group === undefined ? { bodyId: proposingPractice.code, name: `Practice ${proposingPractice.code}`, isPractice: true } : { bodyId: group.id, name: group.name ?? group.id, isPractice: false };
    const proposerGp = group === undefined ? proposingPractice.code : (group.memberPracticeCodes[0] ?? proposingPractice.code);
    const provides = chance(random, 0.6);
    const declaredOn = (): string => dateBetween(random, addDays(year.start, -180), year.start);
    const others = practices.filter((practice) => practice.code !== proposerGp);
    const colleagues = others.length === 0 ? [] : Array.from(new Set([random.pick(others).code, random.pick(others).code]));
    const members = [
      { id: 'ned', name: 'Non-executive director', role: 'non_executive_director' as const, participated: true, declarationOn: declaredOn(), interests: [] },
      { id: 'pct-officer', name: 'Director of commissioning', role: 'pct_officer' as const, participated: true, declarationOn: declaredOn(), interests: [] },
      {
        id: `gp-${proposerGp}`,
        name: `GP of ${proposerGp}`,
        role: 'clinician' as const,
        participated: chance(random, 0.15),
        ...(chance(random, 0.95) ? { declarationOn: declaredOn() } : {}),
        interests: [{ bodyId: proposer.bodyId, kind: 'part_owner' as const, declaredOn: declaredOn(), description: 'GP partner' }],
      },
      ...colleagues.map((code) => ({
        id: `gp-${code}`,
        name: `GP of ${code}`,
        role: 'clinician' as const,
        participated: true,
        ...(chance(random, 0.95) ? { declarationOn: declaredOn() } : {}),
        interests: [{ bodyId: code, kind: 'part_owner' as const, declaredOn: declaredOn(), description: 'GP partner' }],
      })),
      ...(chance(random, 0.4) ? [{ id: 'lay', name: 'Lay member', role: 'lay_member' as const, participated: true, declarationOn: declaredOn(), interests: [] }] : []),
    ];
    const submittedOn = dateBetween(random, addDays(year.start, 15), addDays(year.end, -30));
    const decided = chance(random, 0.75);
    const decidedOn = decided ? dateBetween(random, addDays(submittedOn, 14), addDays(submittedOn, 100) < year.lastEvent ? addDays(submittedOn, 100) : year.lastEvent) : undefined;
    const draw = random.next();
    const outcome = draw < 0.65 ? ('approved' as const) : draw < 0.85 ? ('rejected' as const) : ('deferred' as const);
    const decision =
      decidedOn === undefined
        ? undefined
        : {
            outcome,
            decidedOn,
            decidedBy: chance(random, 0.9) ? ('pct_committee' as const) : chance(random, 0.8) ? ('pct_board' as const) : ('proposer' as const),
            ...(outcome === 'deferred' || chance(random, 0.1) ? {} : { reasons: [outcome === 'approved' ? "meets the PBC plan's priorities" : 'not affordable this year'] }),
            ...(outcome === 'rejected' && chance(random, 0.7) ? { remedialActions: ['resubmit with a costed activity plan'] } : {}),
          };
    const approved = decision?.outcome === 'approved';
    const routeDraw = random.next();
    const referrals =
      approved && provides && group === undefined && decidedOn !== undefined && chance(random, 0.3)
        ? [
            {
              id: `${id}-R1`,
              clinicianId: `gp-${proposerGp}`,
              providerBodyId: proposer.bodyId,
              referredOn: dateBetween(random, decidedOn, year.lastEvent),
              clinicianHasFinancialInterest: true,
              choiceOffered: chance(random, 0.9),
              interestDisclosedToPatient: chance(random, 0.8),
            },
          ]
        : undefined;
    const raisedOn = decision?.outcome === 'rejected' && chance(random, 0.15) ? dateBetween(random, decision.decidedOn, year.lastEvent) : undefined;
    const dispute =
      raisedOn === undefined
        ? undefined
        : chance(random, 0.5)
          ? { id: `${id}-D1`, raisedBy: 'practice' as const, raisedOn, resolvedLocallyOn: dateBetween(random, raisedOn, year.lastEvent) }
          : { id: `${id}-D1`, raisedBy: 'practice' as const, raisedOn, referredToShaOn: dateBetween(random, raisedOn, year.lastEvent) };
    return {
      pctCode: skeleton.code,
      businessCase: {
        id,
        title: random.pick(['Community dermatology clinic', 'Diabetes education pathway', 'Anticoagulation service', 'Minor surgery in practice', 'Musculoskeletal triage']),
        proposer,
        proposesToProvide: provides,
        namesProvider: provides ? chance(random, 0.35) : chance(random, 0.1),
        ...(others.length > 0 && chance(random, 0.1) ? { rivalBodyIds: [random.pick(others).code] } : {}),
        singleProviderSought: chance(random, 0.5),
        value: Math.round(lognormal(random, Math.log(8_000_000), 0.8)),
        ...(approved ? { procurementRoute: routeDraw < 0.4 ? ('direct_award' as const) : routeDraw < 0.7 ? ('any_willing_provider' as const) : ('competitive_tender' as const), valueForMoneyDocumented: chance(random, 0.8) } : {}),
        submittedOn,
        ...(decision === undefined ? {} : { decision }),
        ...(approved ? { publishedInProspectus: chance(random, 0.8) } : {}),
      },
      panel: { chairMemberId: chance(random, 0.85) ? 'ned' : 'pct-officer', members },
      ...(referrals === undefined ? {} : { referrals }),
      ...(dispute === undefined ? {} : { dispute }),
    };
  });
}

function evidenceFor(random: SeededRandom, framework: ReadinessFramework, year: YearFacts): { factorId: string; status: ReadinessStatus; observedOn: string }[] {
  return framework.factors.flatMap((factor) => {
    if (chance(random, 0.1)) return [];
    const draw = random.next();
    const status: ReadinessStatus =
      factor.scale === 'enabler-neutral-barrier'
        ? draw < 0.4
          ? 'enabler'
          : draw < 0.7
            ? 'neutral'
            : 'barrier'
        : factor.scale === 'met-not-met'
          ? draw < 0.6
            ? 'met'
            : 'not_met'
          : draw < 0.45
            ? 'met'
            : draw < 0.8
              ? 'partial'
              : 'not_met';
    return [{ factorId: factor.id, status, observedOn: dateBetween(random, year.start, year.end) }];
  });
}

function pctOf(seed: number, skeleton: PctSkeleton, plan: Plan, year: YearFacts): { pct: PctInput; practices: PracticeInput[]; groups: GroupInput[]; businessCases: BusinessCaseInput[] } {
  const random = createSeededRandom(subSeed(seed, skeleton.index));
  // plan has one entry per PCT of englandPcts.
  const { practices, lineCosts } = practicesOf(random, skeleton, plan.practiceCounts[skeleton.index]!, plan.patientTargets[skeleton.index]!, year);
  const pctResources = year.lines.map((line) => ({ serviceLine: line, amount: Math.round((lineCosts.get(line) ?? 0) * lognormal(random, 0, 0.02)) }));
  const scheme = year.startYear >= 2007 ? localSchemeOf(random, skeleton, year) : undefined;
  const withIncentives = practices.map((practice, index): PracticeInput => {
    if (year.financialYear === '2006/07') {
      const neighbour = practices[(index + 1) % practices.length]?.code ?? practice.code;
      const desClaims = desClaimsOf(random, practice, neighbour);
      return desClaims.length === 0 ? practice : { ...practice, desClaims };
    }
    if (scheme === undefined || !chance(random, 0.92)) return practice;
    const planApprovedOn = chance(random, 0.9) ? dateBetween(random, scheme.startsOn, addDays(scheme.startsOn, 150)) : undefined;
    const met = scheme.conditions.some((condition) => condition.id === 'meetings') ? { conditionsMet: { meetings: chance(random, 0.85) } } : {};
    return {
      ...practice,
      localIncentive: {
        practiceCode: practice.code,
        listSizes: [{ date: scheme.listSizeDate, registered: practice.listSize, weighted: practice.weightedList }],
        ...(planApprovedOn === undefined ? {} : { planApprovedOn }),
        ...met,
      },
    };
  });
  const groups = groupsOf(random, skeleton, withIncentives);
  const businessCases = businessCasesOf(random, skeleton, withIncentives, groups, year);
  const readiness = [
    { framework: 'AC2007' as const, evidence: evidenceFor(random, readinessFrameworks.AC2007, year) },
    ...(year.startYear >= 2008 ? [{ framework: 'KF2008' as const, evidence: evidenceFor(random, readinessFrameworks.KF2008, year) }] : []),
  ];
  const pct: PctInput = {
    code: skeleton.code,
    name: skeleton.name,
    shaCode: skeleton.sha.code,
    budgetSetting: { method: year.method as PctInput['budgetSetting']['method'], pctResources },
    ...(scheme === undefined ? {} : { localIncentiveScheme: scheme }),
    readiness,
  };
  return { pct, practices: withIncentives, groups, businessCases };
}

/**
 * Generates a realistic synthetic area for one financial year: all of England (8,433 practices in
 * 152 PCTs and 10 SHAs, 53,000,000 registered patients), one SHA, or one PCT — a PCT generated alone
 * is the same as that PCT within England. List sizes are lognormal (median about 5,300, mean about
 * 6,300, from under 1,000 to over 30,000); each practice has historic activity at the year's tariff,
 * a weighted list, twelve months of spend per service line in the year's scope (emergency spend peaks
 * in winter), freed-up-resources inputs (a business case; some with an earlier year and proposed
 * uses); in 2006/07 Towards PBC DES claims, from 2007/08 a place in its PCT's local incentive scheme;
 * most practices are in groups; each PCT has business cases with panels, declared interests,
 * referrals and disputes, and readiness evidence (AC2007, and KF2008 from 2008/09). Every event falls
 * on or before 30 June after the year ends, so evaluate as of that day (`'2009-06-30'` for 2008/09).
 *
 * The figures are invented, of the right order of magnitude; the SHA codes and names are real, the
 * PCT and practice codes synthetic. The same seed always gives the same area (drawn with
 * {@link createSeededRandom}; never `Math.random`).
 *
 * @param options - see {@link GenerateAreaOptionsSchema}
 * @returns an area in the shape `evaluateArea` takes (plain JSON)
 * @throws PbcError `INVALID_INPUT` for bad options, or an SHA or PCT code that is not generated
 * @category Testing
 * @example
 * ```ts
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const england = generateArea({ seed: 1, scope: 'england', financialYear: '2008/09' });
 * england.practices.length;                                        //=> 8433
 * england.pcts.length;                                             //=> 152
 * england.practices.reduce((sum, practice) => sum + practice.listSize, 0); //=> 53000000
 * ```
 */
export function generateArea(options: GenerateAreaOptions): EvaluateAreaInput {
  const parsed = parseInput(GenerateAreaOptionsSchema, options, 'generateArea options');
  const { scope } = parsed;
  let chosen: readonly PctSkeleton[];
  let id: string;
  let name: string;
  if (scope === 'england') {
    chosen = englandPcts;
    id = 'england';
    name = 'England';
  } else if ('sha' in scope) {
    chosen = englandPcts.filter((pct) => pct.sha.code === scope.sha);
    const sha = englandShas.find((entry) => entry.code === scope.sha);
    if (sha === undefined) throw new PbcError('INVALID_INPUT', `no generated SHA ${scope.sha}: use ${englandShas.map((entry) => entry.code).join(', ')}`, { issues: [{ path: ['scope', 'sha'], message: 'not a generated SHA' }] });
    id = `sha-${sha.code}`;
    name = `${sha.name} SHA`;
  } else {
    chosen = englandPcts.filter((pct) => pct.code === scope.pct);
    const pct = chosen[0];
    if (pct === undefined) throw new PbcError('INVALID_INPUT', `no generated PCT ${scope.pct}: use 5A0 to 5R1`, { issues: [{ path: ['scope', 'pct'], message: 'not a generated PCT' }] });
    id = `pct-${pct.code}`;
    name = pct.name;
  }
  const plan = englandPlan(parsed.seed);
  const year = yearFacts(parsed.financialYear);
  const parts = chosen.map((skeleton) => pctOf(parsed.seed, skeleton, plan, year));
  const shaCodes = new Set(chosen.map((pct) => pct.sha.code));
  return {
    id,
    name,
    financialYear: parsed.financialYear,
    shas: englandShas.filter((sha) => shaCodes.has(sha.code)).map((sha) => ({ code: sha.code, name: sha.name })),
    pcts: parts.map((part) => part.pct),
    practices: parts.flatMap((part) => part.practices),
    groups: parts.flatMap((part) => part.groups),
    businessCases: parts.flatMap((part) => part.businessCases),
  };
}
