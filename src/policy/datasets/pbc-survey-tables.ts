/**
 * The DH/Ipsos MORI PBC GP practice survey (quarterly, August 2007 – September 2009) and the PBC
 * group and independent leads survey, wave 1 (October–November 2009), as typed, cited tables.
 * Money fact sheet §6.3–§6.4 and governance fact sheet §6, with seed 003 (BMJ, 6 March 2009) for the
 * wave reported then. Each figure is as published; wave numbers after wave 2 and some fieldwork
 * periods are inferences, and say so.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import type { Confidence } from '../../core/policy-model/schemas.js';

/**
 * Which survey: the quarterly GP practice survey, or the leads survey that followed it.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { PbcSurveySeries } from 'practice-based-commissioning/policy';
 * const series: PbcSurveySeries = 'leads';
 * ```
 */
export type PbcSurveySeries = 'practice' | 'leads';

/**
 * One wave of a survey: its number (when known), fieldwork, respondents and sources.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { pbcSurveyWaves } from 'practice-based-commissioning/policy';
 * pbcSurveyWaves[0]?.respondents; //=> 1198
 * ```
 */
export interface PbcSurveyWave {
  readonly id: string;
  readonly series: PbcSurveySeries;
  /** The wave number, or `null` when not known. */
  readonly number: number | null;
  readonly numberConfidence: Confidence;
  readonly label: string;
  /** The fieldwork period as published (or inferred, as marked). */
  readonly fieldwork: string;
  /** First month of fieldwork, `YYYY-MM`, or `null` when not known. */
  readonly periodFrom: string | null;
  /** Last month of fieldwork, `YYYY-MM`, or `null`. */
  readonly periodTo: string | null;
  readonly periodConfidence: Confidence;
  /** Responding practices or leads, when published. */
  readonly respondents: number | null;
  /** Practices or leads surveyed, when published. */
  readonly sampled: number | null;
  readonly responseRatePercent: number | null;
  /** Publication date, when known. */
  readonly published: string | null;
  readonly sources: readonly string[];
  readonly note?: string;
}

/**
 * A survey metric: what it measures, in what unit, and which direction is better (for the heat map;
 * the direction is the library's reading, not the survey's).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { pbcSurveyMetrics } from 'practice-based-commissioning/policy';
 * pbcSurveyMetrics.find((metric) => metric.id === 'has_budget')?.polarity; //=> 'higher_is_better'
 * ```
 */
export interface PbcSurveyMetric {
  readonly id: string;
  readonly label: string;
  readonly unit: 'percent' | 'points';
  readonly polarity: 'higher_is_better' | 'lower_is_better' | 'neutral';
  readonly note?: string;
}

/**
 * One published figure: a metric in a wave, exactly as the source gave it (`published`), with the
 * number it states or implies (`value`, `null` when it gives none) and how to read that number
 * (`qualifier`).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { pbcSurveyFigures } from 'practice-based-commissioning/policy';
 * pbcSurveyFigures.find((figure) => figure.waveId === 'practice-w5' && figure.metricId === 'has_budget')?.value; //=> 73
 * ```
 */
export interface PbcSurveyFigure {
  readonly series: PbcSurveySeries;
  readonly waveId: string;
  readonly metricId: string;
  /** The figure (percent, or points of net support), or `null` when the source gives no number. */
  readonly value: number | null;
  /** `exact`; `about` (an approximate or derived number); `more_than` / `less_than` (a bound). */
  readonly qualifier: 'exact' | 'about' | 'more_than' | 'less_than';
  /** The figure as the source put it. */
  readonly published: string;
  readonly confidence: Confidence;
  readonly sources: readonly string[];
  readonly note?: string;
}

const IPSOS = 'ipsos-mori-pbc-survey';
const GP_NO_BUDGET = 'gponline-2008-third-no-budget';
const PHARMA = 'pharmatimes-2007-support-growing';
const BLOG = 'blog-2008-dh-survey-release';
const DH_DEC_2008 = 'digitalhealth-2008-12-satisfaction';
const MIP_SHUN = 'mip-2008-gps-still-shun';
const BMJ_2009 = 'bmj-2009-here-to-stay';
const EMAX = 'emaxhealth-2009-surveying';
const MIP_Q1 = 'mip-2009-survey-first-quarter';
const FLAGGING = 'pulse-2009-pbc-flagging';
const STILL_TIME = 'pulse-2009-still-time';
const LEADS = 'dh-2009-leads-survey-wave-1';
const IMPACT = 'dh-2009-making-an-impact';

/**
 * The waves of the two surveys, in fieldwork order: practice waves 1–6, a mid-2009 wave (number not
 * known), the final practice wave (July–September 2009), then leads wave 1.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { pbcSurveyWaves } from 'practice-based-commissioning/policy';
 * pbcSurveyWaves.map((wave) => wave.id);
 * //=> ['practice-w1', 'practice-w2', 'practice-w3', 'practice-w4', 'practice-w5', 'practice-w6', 'practice-mid-2009', 'practice-jul-sep-2009', 'leads-w1']
 * ```
 */
export const pbcSurveyWaves: readonly PbcSurveyWave[] = deepFreeze([
  {
    id: 'practice-w1',
    series: 'practice',
    number: 1,
    numberConfidence: 'confirmed',
    label: 'GP practice survey, wave 1',
    fieldwork: '18 June – 6 August (2007)',
    periodFrom: '2007-06',
    periodTo: '2007-08',
    periodConfidence: 'derived',
    respondents: 1198,
    sampled: null,
    responseRatePercent: null,
    published: null,
    sources: [IPSOS, GP_NO_BUDGET],
    note: 'The source gives the days but not the year: probably 2007 (UNCONFIRMED).',
  },
  {
    id: 'practice-w2',
    series: 'practice',
    number: 2,
    numberConfidence: 'confirmed',
    label: 'GP practice survey, wave 2',
    fieldwork: 'autumn 2007 (approximate)',
    periodFrom: '2007-09',
    periodTo: '2007-11',
    periodConfidence: 'unconfirmed',
    respondents: null,
    sampled: null,
    responseRatePercent: null,
    published: null,
    sources: [PHARMA],
  },
  {
    id: 'practice-w3',
    series: 'practice',
    number: 3,
    numberConfidence: 'derived',
    label: 'GP practice survey, wave 3',
    fieldwork: 'between waves 2 and 4 (not known)',
    periodFrom: null,
    periodTo: null,
    periodConfidence: 'unconfirmed',
    respondents: null,
    sampled: null,
    responseRatePercent: null,
    published: null,
    sources: [BLOG],
    note: 'Wave numbers after wave 2 are inferred from release dates and "previous wave" comparisons.',
  },
  {
    id: 'practice-w4',
    series: 'practice',
    number: 4,
    numberConfidence: 'derived',
    label: 'GP practice survey, wave 4',
    fieldwork: 'June – August 2008',
    periodFrom: '2008-06',
    periodTo: '2008-08',
    periodConfidence: 'confirmed',
    respondents: null,
    sampled: null,
    responseRatePercent: null,
    published: '2008-09',
    sources: [BLOG],
  },
  {
    id: 'practice-w5',
    series: 'practice',
    number: 5,
    numberConfidence: 'derived',
    label: 'GP practice survey, wave 5',
    fieldwork: 'September – November 2008',
    periodFrom: '2008-09',
    periodTo: '2008-11',
    periodConfidence: 'confirmed',
    respondents: null,
    sampled: null,
    responseRatePercent: null,
    published: '2008-12',
    sources: [DH_DEC_2008, MIP_SHUN, BMJ_2009],
    note: 'About 2,000 practices responded. The "latest quarterly MORI survey" the BMJ reported on 6 March 2009 (seed 003).',
  },
  {
    id: 'practice-w6',
    series: 'practice',
    number: 6,
    numberConfidence: 'derived',
    label: 'GP practice survey, wave 6',
    fieldwork: 'the first quarterly survey of 2009',
    periodFrom: '2009-01',
    periodTo: '2009-03',
    periodConfidence: 'unconfirmed',
    respondents: 1898,
    sampled: 2613,
    responseRatePercent: 73,
    published: null,
    sources: [EMAX, MIP_Q1, FLAGGING],
  },
  {
    id: 'practice-mid-2009',
    series: 'practice',
    number: null,
    numberConfidence: 'unconfirmed',
    label: 'GP practice survey, mid-2009 (wave number not known)',
    fieldwork: 'mid-2009',
    periodFrom: null,
    periodTo: null,
    periodConfidence: 'unconfirmed',
    respondents: null,
    sampled: null,
    responseRatePercent: null,
    published: null,
    sources: [STILL_TIME],
    note: 'Probably wave 7 (UNCONFIRMED).',
  },
  {
    id: 'practice-jul-sep-2009',
    series: 'practice',
    number: null,
    numberConfidence: 'unconfirmed',
    label: 'GP practice survey, final wave (July – September 2009)',
    fieldwork: 'July – September 2009',
    periodFrom: '2009-07',
    periodTo: '2009-09',
    periodConfidence: 'confirmed',
    respondents: null,
    sampled: null,
    responseRatePercent: null,
    published: '2009-12',
    sources: [IMPACT],
    note: 'The last practice wave before the leads survey replaced it; 13 waves were planned.',
  },
  {
    id: 'leads-w1',
    series: 'leads',
    number: 1,
    numberConfidence: 'confirmed',
    label: 'PBC group and independent leads survey, wave 1',
    fieldwork: 'October – November 2009',
    periodFrom: '2009-10',
    periodTo: '2009-11',
    periodConfidence: 'confirmed',
    respondents: null,
    sampled: null,
    responseRatePercent: null,
    published: '2009-12-08',
    sources: [LEADS, IMPACT],
    note: 'Respondents are the leads of PBC groups and of practices commissioning alone, not a random sample of practices.',
  },
]);

/**
 * The metrics the surveys report, with the direction the library reads as better (for the heat map).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { pbcSurveyMetrics } from 'practice-based-commissioning/policy';
 * pbcSurveyMetrics.length; //=> 32
 * ```
 */
export const pbcSurveyMetrics: readonly PbcSurveyMetric[] = deepFreeze([
  { id: 'has_budget', label: 'Has received an indicative (PBC) budget', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'aware_of_budget', label: 'Is "aware of" its PBC budget', unit: 'percent', polarity: 'higher_is_better', note: 'A different wording from "has received a budget".' },
  { id: 'plan_agreed', label: 'Has agreed a commissioning plan with the PCT', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'supports_pbc', label: 'Supports PBC', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'neutral_on_pbc', label: 'Neutral about PBC', unit: 'percent', polarity: 'neutral' },
  { id: 'strongly_opposes_pbc', label: 'Strongly opposes PBC', unit: 'percent', polarity: 'lower_is_better' },
  { id: 'net_support', label: 'Net support for PBC (support minus opposition)', unit: 'points', polarity: 'higher_is_better' },
  { id: 'commissioned_new_service', label: 'Has commissioned at least one new service', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'providing_more_services', label: 'Is providing more services', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'submitted_business_case', label: 'Has submitted a business case', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'improved_patient_care', label: 'Says PBC has improved patient care', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'not_improved_patient_care', label: 'Says PBC has not improved patient care', unit: 'percent', polarity: 'lower_is_better' },
  { id: 'too_early_to_tell', label: 'Says it is too early to tell whether PBC has improved care', unit: 'percent', polarity: 'neutral' },
  { id: 'no_difference_to_practice_yet', label: 'Says PBC has made no difference to the practice yet', unit: 'percent', polarity: 'lower_is_better' },
  { id: 'good_pct_relationship', label: 'Has a good relationship with the PCT', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'management_support_good', label: "Rates the PCT's management support good", unit: 'percent', polarity: 'higher_is_better' },
  { id: 'management_support_poor', label: "Rates the PCT's management support poor", unit: 'percent', polarity: 'lower_is_better' },
  { id: 'management_support_very_poor', label: "Rates the PCT's management support very poor", unit: 'percent', polarity: 'lower_is_better' },
  { id: 'information_good', label: "Rates the PCT's information good", unit: 'percent', polarity: 'higher_is_better' },
  { id: 'information_poor', label: "Rates the PCT's information poor", unit: 'percent', polarity: 'lower_is_better' },
  { id: 'not_engaging_population', label: 'Is not engaging its local population', unit: 'percent', polarity: 'lower_is_better' },
  { id: 'in_pbc_group', label: 'Is in a PBC group', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'offered_incentive_scheme', label: 'Has been offered an incentive scheme', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'business_case_feedback_good', label: "Rates the PCT's feedback on business-case decisions good", unit: 'percent', polarity: 'higher_is_better' },
  { id: 'involved_tackling_variation', label: 'Has at least a little involvement in tackling variation in resource use or referrals', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'business_cases_some_approved', label: 'Of those submitting business cases: had some approved', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'business_cases_some_implemented', label: 'Of those submitting business cases: had some implemented', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'no_share_of_freed_up_resources', label: 'Has not been given any share of freed-up resources', unit: 'percent', polarity: 'lower_is_better' },
  { id: 'impact_care_closer_to_home', label: 'Sees some impact on care closer to home', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'impact_patient_experience', label: 'Sees an improved patient experience', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'impact_cost_effective_care', label: 'Sees more cost-effective care', unit: 'percent', polarity: 'higher_is_better' },
  { id: 'pct_support_poor', label: 'Rates PCT support poor', unit: 'percent', polarity: 'lower_is_better', note: 'The mid-2009 wording ("PCT support"); compare with management_support_poor with care.' },
]);

type FigureOptions = { readonly qualifier?: PbcSurveyFigure['qualifier']; readonly confidence?: Confidence; readonly note?: string };

function figures(series: PbcSurveySeries, waveId: string, sources: readonly string[], rows: readonly (readonly [string, number | null, string, FigureOptions?])[]): PbcSurveyFigure[] {
  return rows.map(([metricId, value, published, options]) => ({
    series,
    waveId,
    metricId,
    value,
    qualifier: options?.qualifier ?? 'exact',
    published,
    confidence: options?.confidence ?? 'confirmed',
    sources,
    ...(options?.note === undefined ? {} : { note: options.note }),
  }));
}

/**
 * Every published figure of both surveys as tidy records (wave × metric), exactly as the fact sheets
 * give them. `value` is the number stated or implied; `published` the source's own words; derived
 * figures (wave 1's agreed plans from wave 2's rise of 8 points, wave attributions read from "the
 * previous survey") are marked `derived`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { pbcSurveyFigures } from 'practice-based-commissioning/policy';
 * pbcSurveyFigures
 *   .filter((figure) => figure.metricId === 'supports_pbc')
 *   .map((figure) => `${figure.waveId}: ${figure.value}`);
 * //=> ['practice-w1: 57', 'practice-w2: 59', 'practice-w3: 62', 'practice-w4: 64', 'practice-w5: 62', 'practice-w6: 64']
 * ```
 */
export const pbcSurveyFigures: readonly PbcSurveyFigure[] = deepFreeze([
  ...figures('practice', 'practice-w1', [IPSOS, GP_NO_BUDGET], [
    ['has_budget', 56, '56%'],
    ['supports_pbc', 57, '57% support'],
    ['neutral_on_pbc', 22, '22% neutral'],
    ['strongly_opposes_pbc', 8, '8% strongly oppose'],
    ['commissioned_new_service', 33, '33%'],
    ['improved_patient_care', 13, '13% yes'],
    ['not_improved_patient_care', 31, '31% no'],
    ['too_early_to_tell', 37, '37% too early to tell'],
    ['good_pct_relationship', 72, '72%'],
    ['management_support_poor', 50, 'over half rate PCT management support poor', { qualifier: 'more_than' }],
    ['management_support_very_poor', 26, '26% very poor'],
    ['information_good', null, 'about a third rate PCT information good', { qualifier: 'about' }],
  ]),
  ...figures('practice', 'practice-w1', [IPSOS, PHARMA], [
    [
      'plan_agreed',
      46,
      '"less than half"',
      { qualifier: 'about', confidence: 'derived', note: '~46%, derived from wave 2 (54%) being 8 points higher.' },
    ],
  ]),
  ...figures('practice', 'practice-w1', [PHARMA], [['management_support_good', 37, '37% (given as the wave 1 figure in the wave 2 release)']]),
  ...figures('practice', 'practice-w1', [BLOG], [['net_support', 37, '+37']]),
  ...figures('practice', 'practice-w1', [DH_DEC_2008], [
    ['information_poor', 43, '43% in summer 2007', { confidence: 'derived', note: 'Attributed to wave 1 (summer 2007) by its date.' }],
  ]),
  ...figures('practice', 'practice-w2', [PHARMA], [
    ['plan_agreed', 54, '54%'],
    ['supports_pbc', 59, '59%'],
    ['commissioned_new_service', 36, '36%'],
    ['management_support_good', 42, '42% rate management support good'],
    ['no_difference_to_practice_yet', 76, '76% say no difference to the practice yet'],
  ]),
  ...figures('practice', 'practice-w2', [BLOG], [
    ['net_support', 42, '+42'],
    ['improved_patient_care', 12, '12%'],
    ['good_pct_relationship', 74, '74%'],
    ['not_engaging_population', 35, '35%'],
  ]),
  ...figures('practice', 'practice-w3', [BLOG], [
    ['net_support', 45, '+45'],
    ['improved_patient_care', 16, '16%'],
    ['good_pct_relationship', 71, '71%'],
    ['management_support_good', 40, 'rated good 40%'],
  ]),
  ...figures('practice', 'practice-w3', [DH_DEC_2008], [
    ['supports_pbc', 62, 'previous quarters 64%, 62%', { confidence: 'derived', note: 'The quarter before wave 4, reading "previous quarters 64%, 62%" as wave 4 then wave 3.' }],
  ]),
  ...figures('practice', 'practice-w4', [BLOG], [
    ['net_support', 49, '+49'],
    ['commissioned_new_service', 46, '46%'],
    ['improved_patient_care', 18, '18%'],
    ['good_pct_relationship', 74, '74%'],
    ['management_support_good', 44, 'rated good 44%'],
    ['not_engaging_population', 25, '25%'],
  ]),
  ...figures('practice', 'practice-w4', [BMJ_2009, DH_DEC_2008], [
    ['supports_pbc', 64, '64% in the last survey', { confidence: 'derived', note: 'Seed 003: support "fallen slightly, from 64% in the last survey to 62% now"; the last survey before wave 5 is wave 4.' }],
  ]),
  ...figures('practice', 'practice-w5', [BMJ_2009, FLAGGING], [
    ['has_budget', 73, '73% have now received a practice based budget ("more than a quarter" lack one)'],
    ['plan_agreed', 67, '67% have agreed a commissioning plan ("about two-thirds")'],
    ['commissioned_new_service', 56, '56% are commissioning services ("about half")', { note: 'Seed 003 says "commissioning services"; wave 6 calls 56% the previous figure for at least one new service.' }],
  ]),
  ...figures('practice', 'practice-w5', [BMJ_2009, DH_DEC_2008], [
    ['supports_pbc', 62, '62% (previous quarters 64%, 62%)'],
    ['neutral_on_pbc', 20, '20% neutral'],
  ]),
  ...figures('practice', 'practice-w5', [DH_DEC_2008, MIP_SHUN], [
    ['in_pbc_group', 91, '91% in a PBC group'],
    ['offered_incentive_scheme', 74, '74% offered an incentive scheme'],
    ['submitted_business_case', 62, '62% submitted a business case'],
    ['information_poor', 36, 'information rated poor 36%'],
  ]),
  ...figures('practice', 'practice-w5', [EMAX], [
    ['providing_more_services', 47, 'previous 47%', { confidence: 'derived', note: 'Wave 6 gives 47% as the previous figure.' }],
  ]),
  ...figures('practice', 'practice-w6', [EMAX, MIP_Q1, FLAGGING], [
    ['has_budget', 69, '69%'],
    ['plan_agreed', 64, '64%'],
    ['supports_pbc', 64, '64%'],
    ['neutral_on_pbc', 20, '20% neutral'],
    ['strongly_opposes_pbc', 5, '5% strongly against'],
    ['commissioned_new_service', 61, '61% (previous 56%)'],
    ['providing_more_services', 51, '51% (previous 47%)'],
    ['submitted_business_case', 63, '63%'],
  ]),
  ...figures('practice', 'practice-mid-2009', [STILL_TIME], [
    ['aware_of_budget', 68, '68% "aware of" a budget'],
    ['pct_support_poor', 30, 'over 30% rate PCT support poor', { qualifier: 'more_than' }],
    ['improved_patient_care', 51, '51% say PBC improved care', { note: 'Far above waves 1–4 (13–18%); the question may differ.' }],
  ]),
  ...figures('practice', 'practice-jul-sep-2009', [IMPACT], [
    ['has_budget', 61, '61%'],
    ['plan_agreed', 64, '64%'],
    ['good_pct_relationship', 60, '60%'],
  ]),
  ...figures('leads', 'leads-w1', [LEADS], [
    ['has_budget', 84, '84% received a PBC budget'],
    ['plan_agreed', 80, '80% agreed a commissioning plan'],
    ['good_pct_relationship', 82, '82%'],
    ['management_support_good', 57, '57%'],
    ['business_case_feedback_good', 29, '29% rate PCT feedback on business-case decisions good'],
    ['involved_tackling_variation', 88, '88%'],
    ['submitted_business_case', 82, '82% (81% in the press release)', { note: 'The DH press release gives 81%.' }],
    ['business_cases_some_approved', 80, 'of these, 80% had some approved'],
    ['business_cases_some_implemented', 66, 'of these, 66% had some implemented'],
    ['no_share_of_freed_up_resources', 62, '62% had not been given any share of freed-up resources'],
  ]),
  ...figures('leads', 'leads-w1', [IMPACT], [
    ['impact_care_closer_to_home', 80, '80% saw some impact on care closer to home', { note: 'Reported by DH over October–December 2009.' }],
    ['impact_patient_experience', 77, '77% an improved patient experience', { note: 'Reported by DH over October–December 2009.' }],
    ['impact_cost_effective_care', 77, '77% more cost-effective care', { note: 'Reported by DH over October–December 2009.' }],
  ]),
]);
