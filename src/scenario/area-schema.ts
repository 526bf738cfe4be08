/**
 * The whole-area input of `evaluateArea` and `compareScenarios`: SHAs,
 * PCTs with their budget-setting inputs, local incentive scheme, local conflict rules and readiness
 * evidence; practices with their lists, historic activity, twelve months of spend per service line,
 * freed-up-resources inputs and incentive claims; groups; and business cases with their panels. The
 * fields reuse the areas' own schemas.
 *
 * @module
 */
import { z } from 'zod';
import { FinancialYearSchema } from '../core/calendar.js';
import { PctCodeSchema, PracticeCodeSchema, ShaCodeSchema } from '../core/identifiers.js';
import { ServiceLineSchema } from '../budgets/model.js';
import { FreedUpResourcesInputSchema } from '../budgets/freed-up-resources.js';
import { ManagementAllowanceInputSchema } from '../budgets/management-allowance.js';
import { HistoricBudgetDataSchema } from '../budgets/price-historic-activity.js';
import { PracticeBudgetInputSchema, SetIndicativeBudgetInputSchema } from '../budgets/set-indicative-budget.js';
import { DesClaimSchema } from '../incentives/des-schemas.js';
import { LocalIncentivePracticeSchema, LocalIncentiveSchemeSchema } from '../incentives/local-schemas.js';
import { ConflictsInputSchema, ConflictsLocalPolicySchema } from '../conflicts/input.js';
import { ReadinessEvidenceSchema, ReadinessWeightsSchema } from '../readiness/evidence-schema.js';
import { WccEvidenceSchema } from '../readiness/wcc/wcc-schema.js';
import { scenarioIssue } from './internal.js';

/**
 * The zod schema for one SHA of an area: its code and, optionally, its name.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioShaSchema } from 'practice-based-commissioning/schemas';
 * ScenarioShaSchema.parse({ code: 'Q30', name: 'North East' }); //=> { code: 'Q30', name: 'North East' }
 * ScenarioShaSchema.safeParse({ code: 'q30' }).success;          //=> false
 * ```
 */
export const ScenarioShaSchema = z
  .object({
    code: ShaCodeSchema,
    name: z.string().min(1).optional(),
  })
  .strict()
  .meta({ description: 'A Strategic Health Authority of the area.' });

/**
 * One SHA of an area. See {@link ScenarioShaSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioSha } from 'practice-based-commissioning';
 * const sha = { code: 'Q30', name: 'North East' } as ScenarioSha;
 * sha.code; //=> 'Q30'
 * ```
 */
export type ScenarioSha = z.infer<typeof ScenarioShaSchema>;

/**
 * The zod schema for a PCT's budget-setting inputs: the method, the scope (default the year's
 * mandatory core) and the PCT's resources per line (the control totals). The fields are those of
 * `SetIndicativeBudgetInputSchema`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioBudgetSettingSchema } from 'practice-based-commissioning/schemas';
 * ScenarioBudgetSettingSchema.safeParse({ method: 'weightedCapitation', pctResources: [{ serviceLine: 'PRESCRIBING', amount: 100_000_000 }] }).success; //=> true
 * ScenarioBudgetSettingSchema.safeParse({ method: 'guesswork', pctResources: [] }).success; //=> false
 * ```
 */
export const ScenarioBudgetSettingSchema = z
  .object({
    method: SetIndicativeBudgetInputSchema.shape.method,
    scope: SetIndicativeBudgetInputSchema.shape.scope,
    pctResources: SetIndicativeBudgetInputSchema.shape.pctResources,
  })
  .strict()
  .meta({ description: "How the PCT sets its practices' indicative budgets (see setIndicativeBudget)." });

/**
 * A PCT's budget-setting inputs. See {@link ScenarioBudgetSettingSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioBudgetSetting } from 'practice-based-commissioning';
 * const setting = { method: 'blended', pctResources: [{ serviceLine: 'PRESCRIBING', amount: 100_000_000 }] } as ScenarioBudgetSetting;
 * setting.method; //=> 'blended'
 * ```
 */
export type ScenarioBudgetSetting = z.infer<typeof ScenarioBudgetSettingSchema>;

/**
 * The zod schema for the keys of the built-in readiness frameworks (`readinessFrameworks`).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioReadinessFrameworkSchema } from 'practice-based-commissioning/schemas';
 * ScenarioReadinessFrameworkSchema.options; //=> ['AC2006', 'AC2007', 'KF2008', 'DH2006', 'DH2009']
 * ```
 */
export const ScenarioReadinessFrameworkSchema = z
  .enum(['AC2006', 'AC2007', 'KF2008', 'DH2006', 'DH2009'])
  .meta({ description: 'A built-in readiness framework: AC2006, AC2007, KF2008, DH2006 or DH2009.' });

/**
 * The zod schema for a PCT's readiness evidence against one framework: the framework's key, the
 * evidence (as `assessReadiness` takes it) and optional weights. The PCT is the subject.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioReadinessSchema } from 'practice-based-commissioning/schemas';
 * ScenarioReadinessSchema.safeParse({ framework: 'AC2007', evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'met' }] }).success; //=> true
 * ScenarioReadinessSchema.safeParse({ framework: 'AC2099', evidence: [] }).success; //=> false
 * ```
 */
export const ScenarioReadinessSchema = z
  .object({
    framework: ScenarioReadinessFrameworkSchema,
    evidence: ReadinessEvidenceSchema,
    weights: ReadinessWeightsSchema.optional(),
  })
  .strict()
  .meta({ description: 'Readiness evidence about the PCT against one framework (see assessReadiness).' });

/**
 * A PCT's readiness evidence against one framework. See {@link ScenarioReadinessSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioReadiness } from 'practice-based-commissioning';
 * const readiness = { framework: 'AC2007', evidence: [] } as ScenarioReadiness;
 * readiness.framework; //=> 'AC2007'
 * ```
 */
export type ScenarioReadiness = z.infer<typeof ScenarioReadinessSchema>;

/**
 * The zod schema for one PCT of an area: its code, SHA, budget-setting inputs, and optionally its
 * local incentive scheme (2007/08 onwards), its local conflict-of-interest values, its readiness
 * evidence, its world class commissioning assurance evidence (`wcc`, 2008/09–2009/10; rated per
 * PCT by `wccRatingForPct`) and its own management allowance for its PBC groups
 * (`managementAllowance`: `perHead` in pence per registered patient, or `perGroup` in pence, not
 * both; each group's allowance is worked out by `managementAllowance`).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioPctSchema } from 'practice-based-commissioning/schemas';
 * ScenarioPctSchema.safeParse({
 *   code: '5ZZ', shaCode: 'Q99',
 *   budgetSetting: { method: 'weightedCapitation', pctResources: [{ serviceLine: 'PRESCRIBING', amount: 100_000_000 }] },
 * }).success; //=> true
 * ScenarioPctSchema.safeParse({
 *   code: '5ZZ', shaCode: 'Q99',
 *   budgetSetting: { method: 'weightedCapitation', pctResources: [{ serviceLine: 'PRESCRIBING', amount: 100_000_000 }] },
 *   wcc: { competencies: { 'WCC.C04': 5 } },
 * }).success; //=> false (a level is 1 to 4)
 * ```
 */
export const ScenarioPctSchema = z
  .object({
    code: PctCodeSchema,
    name: z.string().min(1).optional(),
    shaCode: ShaCodeSchema.meta({ description: 'The SHA the PCT belongs to.' }),
    budgetSetting: ScenarioBudgetSettingSchema,
    localIncentiveScheme: LocalIncentiveSchemeSchema.optional().meta({ description: "The PCT's local PBC incentive scheme for the year (2007/08 onwards)." }),
    conflictsLocalPolicy: ConflictsLocalPolicySchema.optional(),
    managementAllowance: ManagementAllowanceInputSchema.shape.local.meta({
      description: "The PCT's own management allowance for each of its PBC groups: pence per registered patient, or a sum per group (not both). Without it, the policy's default applies in the years DH expected an allowance.",
    }),
    readiness: z.array(ScenarioReadinessSchema).optional().meta({ description: 'Readiness evidence about the PCT, one entry per framework.' }),
    wcc: WccEvidenceSchema.optional().meta({
      description: "The PCT's world class commissioning assurance evidence (2008/09–2009/10): competency levels, governance traffic lights, outcomes (see wccRatingForPct).",
    }),
  })
  .strict()
  .meta({ description: 'A Primary Care Trust of the area.' });

/**
 * One PCT of an area. See {@link ScenarioPctSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioPct } from 'practice-based-commissioning';
 * declare const pct: ScenarioPct;
 * pct.budgetSetting.pctResources.map((line) => line.serviceLine); //=> ['PRESCRIBING'], for example
 * ```
 */
export type ScenarioPct = z.infer<typeof ScenarioPctSchema>;

// One check per line rather than a schema per month: an area holds half a million monthly amounts,
// and validating England must stay quick. The JSON Schema is given in the metadata.
// The months are read once each, into a copy that the evaluation uses: a getter cannot change a
// value after it was checked, and a missing month (a hole, which forEach would skip) is refused
// rather than counted as zero.
const MonthlyAmountsSchema = z
  .custom<number[]>()
  .transform((months, context): number[] => {
    if (!Array.isArray(months) || months.length !== 12) {
      context.addIssue(scenarioIssue([], 'give twelve monthly amounts in pence, April first', 'scenario.spend.twelveMonths'));
      return z.NEVER;
    }
    const copy: number[] = [];
    for (let index = 0; index < 12; index += 1) {
      if (!Object.hasOwn(months, index)) {
        context.addIssue(scenarioIssue([index], 'is missing: give every month, 0 for a month without spend', 'scenario.spend.monthGiven'));
        continue;
      }
      const amount: unknown = months[index];
      if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) context.addIssue(scenarioIssue([index], 'must be a whole number of pence, zero or more', 'scenario.spend.wholePence'));
      else copy.push(amount);
    }
    return copy.length === 12 ? copy : z.NEVER;
  })
  .meta({
    description: 'Spend in whole pence (zero or more) for each month of the financial year, April first.',
    type: 'array',
    items: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    minItems: 12,
    maxItems: 12,
  });

/**
 * The zod schema for a practice's spend on one service line: twelve monthly amounts in pence, April
 * first. Months after the reporting month (see `evaluateArea`'s `asOf`) are not read.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioMonthlySpendSchema } from 'practice-based-commissioning/schemas';
 * ScenarioMonthlySpendSchema.safeParse({ serviceLine: 'PRESCRIBING', months: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10] }).success; //=> true
 * ScenarioMonthlySpendSchema.safeParse({ serviceLine: 'PRESCRIBING', months: [10, 10] }).success; //=> false (twelve months)
 * ```
 */
export const ScenarioMonthlySpendSchema = z
  .object({
    serviceLine: ServiceLineSchema,
    months: MonthlyAmountsSchema,
  })
  .strict()
  .meta({ description: "A practice's spend on one service line, month by month." });

/**
 * A practice's spend on one line, month by month. See {@link ScenarioMonthlySpendSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioMonthlySpend } from 'practice-based-commissioning';
 * declare const spend: ScenarioMonthlySpend;
 * spend.months.length; //=> 12
 * ```
 */
export type ScenarioMonthlySpend = z.infer<typeof ScenarioMonthlySpendSchema>;

/**
 * The zod schema for a practice's freed-up-resources inputs: every field of
 * `FreedUpResourcesInputSchema` except the outcome, which the evaluation supplies (earlier years for
 * the balancing window, SHA arbitration, the PCT's deficit, management costs, the business case, the
 * proposed uses, last year's unspent FUR).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioFreedUpResourcesSchema } from 'practice-based-commissioning/schemas';
 * ScenarioFreedUpResourcesSchema.safeParse({ businessCase: { status: 'approved' } }).success; //=> true
 * ScenarioFreedUpResourcesSchema.safeParse({ outcome: {} }).success;                    //=> false (the evaluation supplies it)
 * ```
 */
export const ScenarioFreedUpResourcesSchema = z
  .object({
    history: FreedUpResourcesInputSchema.shape.history,
    shaArbitration: FreedUpResourcesInputSchema.shape.shaArbitration,
    pctDeficit: FreedUpResourcesInputSchema.shape.pctDeficit,
    managementCosts: FreedUpResourcesInputSchema.shape.managementCosts,
    businessCase: FreedUpResourcesInputSchema.shape.businessCase,
    proposedUses: FreedUpResourcesInputSchema.shape.proposedUses,
    unspentFromPriorYear: FreedUpResourcesInputSchema.shape.unspentFromPriorYear,
  })
  .strict()
  .meta({ description: "The practice's freed-up-resources inputs (see freedUpResources); the outcome comes from the evaluation." });

/**
 * A practice's freed-up-resources inputs. See {@link ScenarioFreedUpResourcesSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioFreedUpResources } from 'practice-based-commissioning';
 * const fur = { businessCase: { status: 'approved' } } as ScenarioFreedUpResources;
 * fur.businessCase?.status; //=> 'approved'
 * ```
 */
export type ScenarioFreedUpResources = z.infer<typeof ScenarioFreedUpResourcesSchema>;

/**
 * The zod schema for one practice of an area: its code and PCT, its registered list and weighted
 * list (the fair-share weight), its historic activity, twelve months of spend per service line,
 * and optionally its freed-up-resources inputs, Towards PBC DES claims (2006/07) and part in the
 * PCT's local incentive scheme (as `localIncentivePayment` takes it; leave out `indicativeBudget`
 * and the evaluation supplies it from the year end). A DES component 2 claim without
 * `freedUpResources` is given the freed-up resources the evaluation releases.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioPracticeSchema } from 'practice-based-commissioning/schemas';
 * ScenarioPracticeSchema.safeParse({
 *   code: 'Z90001', pctCode: '5ZZ', listSize: 6000, weightedList: 6120.5,
 *   spend: [{ serviceLine: 'PRESCRIBING', months: [75_000, 75_000, 75_000, 75_000, 75_000, 75_000, 75_000, 75_000, 75_000, 75_000, 75_000, 75_000] }],
 * }).success; //=> true
 * ```
 */
export const ScenarioPracticeSchema = z
  .object({
    code: PracticeCodeSchema,
    name: z.string().min(1).optional(),
    pctCode: PctCodeSchema.meta({ description: 'The PCT the practice belongs to.' }),
    listSize: z
      .number()
      .int({ message: 'must be a whole number of patients' })
      .min(0, { message: 'must be zero or more' })
      .max(Number.MAX_SAFE_INTEGER)
      .meta({ description: 'Registered patients at the start of the financial year.' }),
    weightedList: z
      .number()
      .min(0, { message: 'must be zero or more' })
      .refine(Number.isFinite, { message: 'must be finite' })
      .meta({ description: 'The weighted (need-adjusted) list: the fair-share weight for budgets.' }),
    lineWeights: PracticeBudgetInputSchema.shape.lineWeights,
    historic: HistoricBudgetDataSchema.optional().meta({ description: 'Historic activity and costs for budget setting; absent when the practice has none.' }),
    spend: z.array(ScenarioMonthlySpendSchema).meta({ description: 'Spend per service line, month by month; a line with no entry had no spend.' }),
    freedUpResources: ScenarioFreedUpResourcesSchema.optional(),
    desClaims: z.array(DesClaimSchema).optional().meta({ description: 'Towards PBC DES claims (2006/07), at most one per component.' }),
    localIncentive: LocalIncentivePracticeSchema.optional().meta({ description: "The practice's part in its PCT's local incentive scheme." }),
  })
  .strict()
  .meta({ description: 'A GP practice of the area.' });

/**
 * One practice of an area. See {@link ScenarioPracticeSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioPractice } from 'practice-based-commissioning';
 * declare const practice: ScenarioPractice;
 * practice.spend.map((line) => line.serviceLine); //=> ['PRESCRIBING'], for example
 * ```
 */
export type ScenarioPractice = z.infer<typeof ScenarioPracticeSchema>;

/**
 * The zod schema for a group (cluster, consortium) of practices in one PCT. Its budget is the roll-up
 * of its members' budgets; incentives are still paid per practice.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioGroupSchema } from 'practice-based-commissioning/schemas';
 * ScenarioGroupSchema.safeParse({ id: 'vale-north', pctCode: '5ZZ', memberPracticeCodes: ['Z90001', 'Z90002'] }).success; //=> true
 * ScenarioGroupSchema.safeParse({ id: 'vale-north', pctCode: '5ZZ', memberPracticeCodes: [] }).success;                   //=> false
 * ```
 */
export const ScenarioGroupSchema = z
  .object({
    id: z.string().min(1).meta({ description: "The group's own identifier, unique in the area." }),
    name: z.string().min(1).optional(),
    pctCode: PctCodeSchema,
    memberPracticeCodes: z.array(PracticeCodeSchema).min(1, { message: 'a group needs at least one member practice' }),
  })
  .strict()
  .meta({ description: 'A group of practices (a PBC cluster) in one PCT.' });

/**
 * A group of practices. See {@link ScenarioGroupSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioGroup } from 'practice-based-commissioning';
 * const group = { id: 'vale-north', pctCode: '5ZZ', memberPracticeCodes: ['Z90001', 'Z90002'] } as ScenarioGroup;
 * group.memberPracticeCodes.length; //=> 2
 * ```
 */
export type ScenarioGroup = z.infer<typeof ScenarioGroupSchema>;

/**
 * The zod schema for a business case in an area: the PCT that decides it, and the case, its panel,
 * referrals and any dispute (the fields of `ConflictsInputSchema`).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioBusinessCaseSchema } from 'practice-based-commissioning/schemas';
 * ScenarioBusinessCaseSchema.safeParse({ pctCode: '5ZZ' }).success; //=> false (the case and panel are needed)
 * ```
 */
export const ScenarioBusinessCaseSchema = z
  .object({
    pctCode: PctCodeSchema.meta({ description: 'The PCT that decides the case.' }),
    businessCase: ConflictsInputSchema.shape.businessCase,
    panel: ConflictsInputSchema.shape.panel,
    referrals: ConflictsInputSchema.shape.referrals,
    dispute: ConflictsInputSchema.shape.dispute,
  })
  .strict()
  .meta({ description: 'A PBC business case with its decision panel (see checkConflictsOfInterest).' });

/**
 * A business case in an area. See {@link ScenarioBusinessCaseSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioBusinessCase } from 'practice-based-commissioning';
 * declare const entry: ScenarioBusinessCase;
 * entry.businessCase.id; //=> 'BC-5ZZ-2009-014', for example
 * ```
 */
export type ScenarioBusinessCase = z.infer<typeof ScenarioBusinessCaseSchema>;

type AreaShape = {
  readonly financialYear: string;
  readonly shas?: readonly { readonly code: string }[] | undefined;
  readonly pcts: readonly {
    readonly code: string;
    readonly shaCode: string;
    readonly localIncentiveScheme?: unknown;
    readonly readiness?: readonly { readonly framework: string }[] | undefined;
    readonly managementAllowance?: { readonly perHead?: number | undefined; readonly perGroup?: number | undefined } | undefined;
  }[];
  readonly practices: readonly {
    readonly code: string;
    readonly pctCode: string;
    readonly spend: readonly { readonly serviceLine: string }[];
    readonly desClaims?: readonly { readonly practiceCode: string; readonly component: string }[] | undefined;
    readonly localIncentive?: { readonly practiceCode: string } | undefined;
  }[];
  readonly groups?: readonly { readonly id: string; readonly pctCode: string; readonly memberPracticeCodes: readonly string[] }[] | undefined;
  readonly businessCases?: readonly { readonly pctCode: string; readonly businessCase: { readonly id: string } }[] | undefined;
};

/** Cross-field checks of an area: unique codes, known references, one group per practice. Linear in the area's size. */
function checkArea(area: AreaShape, context: z.RefinementCtx): void {
  const add = (path: (string | number)[], message: string, rule: string, code: 'INVALID_INPUT' | 'CONFLICTING_INPUT' | 'MISSING_INPUT' = 'CONFLICTING_INPUT'): void => {
    context.addIssue(scenarioIssue(path, message, rule, code));
  };
  const shaCodes = new Set<string>();
  (area.shas ?? []).forEach((sha, index) => {
    if (shaCodes.has(sha.code)) add(['shas', index, 'code'], `SHA ${sha.code} appears twice`, 'scenario.area.uniqueShas');
    shaCodes.add(sha.code);
  });
  const pctIndex = new Map<string, number>();
  area.pcts.forEach((pct, index) => {
    if (pctIndex.has(pct.code)) add(['pcts', index, 'code'], `PCT ${pct.code} appears twice`, 'scenario.area.uniquePcts');
    else pctIndex.set(pct.code, index);
    if (area.shas !== undefined && !shaCodes.has(pct.shaCode)) add(['pcts', index, 'shaCode'], `SHA ${pct.shaCode} is not among the area's SHAs`, 'scenario.area.knownSha');
    const frameworks = new Set<string>();
    (pct.readiness ?? []).forEach((entry, position) => {
      if (frameworks.has(entry.framework)) add(['pcts', index, 'readiness', position, 'framework'], `${entry.framework} evidence is given twice`, 'scenario.area.oneEntryPerFramework');
      frameworks.add(entry.framework);
    });
    if (pct.managementAllowance?.perHead !== undefined && pct.managementAllowance.perGroup !== undefined) {
      add(['pcts', index, 'managementAllowance', 'perGroup'], 'give the allowance per head or per group, not both', 'budget.managementAllowance');
    }
  });
  const practiceIndex = new Map<string, number>();
  const pctsWithPractices = new Set<string>();
  area.practices.forEach((practice, index) => {
    if (practiceIndex.has(practice.code)) add(['practices', index, 'code'], `practice ${practice.code} appears twice`, 'scenario.area.uniquePractices');
    else practiceIndex.set(practice.code, index);
    const pctAt = pctIndex.get(practice.pctCode);
    if (pctAt === undefined) add(['practices', index, 'pctCode'], `PCT ${practice.pctCode} is not among the area's PCTs`, 'scenario.area.knownPct');
    pctsWithPractices.add(practice.pctCode);
    const lines = new Set<string>();
    practice.spend.forEach((entry, position) => {
      if (lines.has(entry.serviceLine)) add(['practices', index, 'spend', position, 'serviceLine'], `${entry.serviceLine} spend is given twice`, 'scenario.area.oneSpendEntryPerLine');
      lines.add(entry.serviceLine);
    });
    const components = new Set<string>();
    (practice.desClaims ?? []).forEach((claim, position) => {
      if (claim.practiceCode !== practice.code) {
        add(['practices', index, 'desClaims', position, 'practiceCode'], `a claim for ${claim.practiceCode} is filed under practice ${practice.code}`, 'scenario.area.claimForThePractice');
      }
      if (components.has(claim.component)) add(['practices', index, 'desClaims', position, 'component'], `a second ${claim.component} claim`, 'incentives.schedule.oneClaimPerComponent');
      components.add(claim.component);
    });
    if (practice.localIncentive !== undefined) {
      if (practice.localIncentive.practiceCode !== practice.code) {
        add(['practices', index, 'localIncentive', 'practiceCode'], `the local scheme entry of ${practice.localIncentive.practiceCode} is filed under practice ${practice.code}`, 'scenario.area.claimForThePractice');
      }
      const pct = pctAt === undefined ? undefined : area.pcts[pctAt];
      if (pct !== undefined && pct.localIncentiveScheme === undefined) {
        add(['practices', index, 'localIncentive'], `PCT ${pct.code} has no local incentive scheme for the practice to take part in`, 'scenario.area.localSchemeExists', 'MISSING_INPUT');
      }
    }
  });
  area.pcts.forEach((pct, index) => {
    if (!pctsWithPractices.has(pct.code)) add(['pcts', index, 'code'], `PCT ${pct.code} has no practices: budgets are set for a PCT's practices`, 'scenario.area.pctHasPractices', 'MISSING_INPUT');
  });
  const groupIds = new Set<string>();
  const groupOf = new Map<string, string>();
  (area.groups ?? []).forEach((group, index) => {
    if (groupIds.has(group.id)) add(['groups', index, 'id'], `group ${group.id} appears twice`, 'scenario.area.uniqueGroups');
    groupIds.add(group.id);
    if (!pctIndex.has(group.pctCode)) add(['groups', index, 'pctCode'], `PCT ${group.pctCode} is not among the area's PCTs`, 'scenario.area.knownPct');
    group.memberPracticeCodes.forEach((code, position) => {
      const path = ['groups', index, 'memberPracticeCodes', position];
      const at = practiceIndex.get(code);
      if (at === undefined) {
        add(path, `practice ${code} is not among the area's practices`, 'scenario.area.knownPractice');
        return;
      }
      const member = area.practices[at];
      if (member !== undefined && member.pctCode !== group.pctCode) add(path, `practice ${code} belongs to PCT ${member.pctCode}, not ${group.pctCode}`, 'scenario.area.groupWithinPct');
      const other = groupOf.get(code);
      if (other !== undefined) add(path, `practice ${code} is already a member of group ${other}`, other === group.id ? 'budget.group.uniqueMembers' : 'scenario.area.oneGroupPerPractice');
      else groupOf.set(code, group.id);
    });
  });
  const caseIds = new Set<string>();
  (area.businessCases ?? []).forEach((entry, index) => {
    if (!pctIndex.has(entry.pctCode)) add(['businessCases', index, 'pctCode'], `PCT ${entry.pctCode} is not among the area's PCTs`, 'scenario.area.knownPct');
    if (caseIds.has(entry.businessCase.id)) add(['businessCases', index, 'businessCase', 'id'], `business case ${entry.businessCase.id} appears twice`, 'scenario.area.uniqueCases');
    caseIds.add(entry.businessCase.id);
  });
}

/**
 * The zod schema for a whole area — one PCT, an SHA, or all of England — for one financial year:
 * its SHAs (optional), PCTs, practices, groups and business cases. Cross-field rules, each with a
 * rule id and error code `CONFLICTING_INPUT` (or `MISSING_INPUT`): PCT, practice, group and case
 * codes unique (`scenario.area.unique*`); every reference known (`scenario.area.knownPct`,
 * `knownSha`, `knownPractice`); every PCT with at least one practice (`scenario.area.pctHasPractices`);
 * a group's members in its PCT and no practice in two groups; one spend entry per line; claims filed
 * under their own practice; a local-scheme entry only where the PCT has a scheme; a PCT's management
 * allowance per head or per group, not both (`budget.managementAllowance`).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { ScenarioAreaSchema } from 'practice-based-commissioning/schemas';
 * ScenarioAreaSchema.safeParse({
 *   financialYear: '2007/08',
 *   pcts: [{ code: '5ZZ', shaCode: 'Q99', budgetSetting: { method: 'weightedCapitation', pctResources: [{ serviceLine: 'PRESCRIBING', amount: 100 }] } }],
 *   practices: [{ code: 'Z90001', pctCode: '5ZZ', listSize: 100, weightedList: 100, spend: [] }],
 * }).success; //=> true
 * ```
 */
export const ScenarioAreaSchema = z
  .object({
    id: z.string().min(1).optional().meta({ description: 'A name for the area in results (for example "england").' }),
    name: z.string().min(1).optional(),
    financialYear: FinancialYearSchema,
    shas: z.array(ScenarioShaSchema).optional().meta({ description: "The area's SHAs; when given, every PCT's SHA must be among them." }),
    pcts: z.array(ScenarioPctSchema).min(1, { message: 'an area has at least one PCT' }),
    practices: z.array(ScenarioPracticeSchema).min(1, { message: 'an area has at least one practice' }),
    groups: z.array(ScenarioGroupSchema).optional(),
    businessCases: z.array(ScenarioBusinessCaseSchema).optional(),
  })
  .strict()
  .superRefine(checkArea)
  .meta({ description: 'A whole area (a PCT, an SHA or England) for one financial year: the input of evaluateArea and compareScenarios.' });

/**
 * A whole area, as parsed. See {@link ScenarioAreaSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioArea } from 'practice-based-commissioning';
 * declare const area: ScenarioArea;
 * area.practices.length; //=> 8433 for a generated England
 * ```
 */
export type ScenarioArea = z.infer<typeof ScenarioAreaSchema>;

/**
 * A whole area as plain data, before parsing (the input of `evaluateArea` and `compareScenarios`): what a caller (or the generator in
 * `practice-based-commissioning/testing`) builds. See {@link ScenarioAreaSchema}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { EvaluateAreaInput } from 'practice-based-commissioning';
 * const area: EvaluateAreaInput = {
 *   financialYear: '2007/08',
 *   pcts: [{ code: '5ZZ', shaCode: 'Q99', budgetSetting: { method: 'weightedCapitation', pctResources: [{ serviceLine: 'PRESCRIBING', amount: 100 }] } }],
 *   practices: [{ code: 'Z90001', pctCode: '5ZZ', listSize: 100, weightedList: 100, spend: [] }],
 * };
 * area.practices.length; //=> 1
 * ```
 */
export type EvaluateAreaInput = z.input<typeof ScenarioAreaSchema>;
