/**
 * Budget parameters: when indicative budgets and fundholding were in force, the service-line scope
 * by date, the budget-setting method and pace of change, the PCT's control total, the tariff's
 * marginal rate for emergency activity, freed-up resources (share, the PCT's prior claim, release,
 * carry-over, use), overspend balancing, GP fundholding's thresholds, caps and savings, and the
 * real-budget comparison. Money fact sheet §3–§5 and §7.2, §7.5, §7.6. The first seven parameters
 * were seeded by the foundation; their ids are stable.
 *
 * @module
 */
import type { Parameter } from '../../core/policy-model/schemas.js';

/** Budget parameters. @internal */
export const budgetParameters: readonly Parameter[] = [
  {
    id: 'fur.practiceShare',
    label: "Freed-up resources: the practice's share of a year-end underspend",
    description: 'Under the October 2004 guidance the practice keeps 50% (the rest to reasonable practice management costs, then the PCT); from 2006/07 DH recommended at least 70%.',
    unit: 'ratio',
    values: [
      {
        from: '2005-04-01',
        to: '2006-03-31',
        value: '0.5',
        sources: ['dh-2004-engaging-practices', 'hsj-2004-10-07'],
        confidence: 'derived',
        note: "DH's October 2004 guidance says 50%. The King's Fund reported (December 2004) a government decision to let practices keep up to 100% from April 2005, so whether 50% held in 2005/06 is disputed: the guidance's figure is the baseline, 100% the alternative. See docs/parameters.md.",
        alternatives: [
          {
            id: 'kf-2004-100pc',
            value: '1',
            sources: ['kf-2004-100pc'],
            confidence: 'derived',
            note: '"Each GP practice will be able to keep up to 100 per cent of savings … a policy to be introduced in April 2005" (King\'s Fund press release on the government\'s decision). "Up to": read as the most a practice could keep.',
          },
        ],
      },
      {
        from: '2006-04-01',
        to: '2007-03-31',
        value: '0.7',
        sources: ['hansard-2006-11-06'],
        confidence: 'confirmed',
        note: 'A minimum ("For 2006-07 … at least 70 per cent"): a PCT may give more; pass a reform to model that.',
      },
      {
        from: '2007-04-01',
        value: '0.7',
        sources: ['hansard-2006-11-06', 'lse-hpm-pbc-developments'],
        confidence: 'derived',
        note: 'Hansard states 70% "for 2006-07" only; carried forward, as the LSE Health Policy Monitor (2007) still reports "at least 70%". No later national figure was found.',
      },
    ],
  },
  {
    id: 'budget.paceOfChange.threshold',
    label: 'Pace of change: distance from fair share beyond which a budget must move towards it',
    unit: 'ratio',
    values: [
      {
        from: '2007-04-01',
        to: '2008-03-31',
        value: '0.1',
        sources: ['dh-2006-fair-shares-toolkit', 'dh-2006-practical-implementation'],
        confidence: 'confirmed',
        note: 'The DH toolkit page states the 10% rule and attributes it to Practice based commissioning: practical implementation (November 2006).',
      },
      {
        from: '2008-04-01',
        value: '0.1',
        sources: ['dh-2006-fair-shares-toolkit', 'dh-2009-budget-guidance'],
        confidence: 'unconfirmed',
        note: 'The 2007/08 figure carried forward: the 2009/10 guidance changed the minimum pace of change but its figures were not found.',
      },
    ],
  },
  {
    id: 'budget.overspendBalancingYears',
    label: 'Overspends: the window over which a practice must balance its indicative budget',
    unit: 'years',
    values: [{ from: '2005-04-01', value: 3, sources: ['dh-2004-engaging-practices', 'hsj-2004-10-07'], confidence: 'confirmed' }],
  },
  {
    id: 'fundholding.minimumListSize.standard',
    label: 'GP fundholding: minimum list size (standard fundholding)',
    unit: 'patients',
    values: [
      { from: '1991-04-01', to: '1993-03-31', value: 9000, sources: ['hansard-1991-03-13', 'uksi-1991-582'], confidence: 'confirmed', note: 'Smaller practices could group to reach it.' },
      { from: '1993-04-01', to: '1996-03-31', value: 7000, sources: ['hansard-1993-02-23'], confidence: 'confirmed', note: 'England; Scotland had its own thresholds.' },
      { from: '1996-04-01', to: '1999-03-31', value: 5000, sources: ['uksi-1996-706'], confidence: 'confirmed' },
    ],
  },
  {
    id: 'fundholding.minimumListSize.community',
    label: 'GP fundholding: minimum list size (community fundholding)',
    unit: 'patients',
    values: [{ from: '1996-04-01', to: '1999-03-31', value: 3000, sources: ['uksi-1996-706'], confidence: 'confirmed' }],
  },
  {
    id: 'fundholding.perPatientCap',
    label: 'GP fundholding: most a fundholder pays for one patient in a year (the health authority pays the excess)',
    unit: 'pence',
    values: [
      {
        from: '1991-04-01',
        to: '1993-03-31',
        value: 500_000,
        sources: ['uksi-1994-640'],
        confidence: 'unconfirmed',
        note: 'No source found for 1991–93: the £5,000 of regulation 21 of the 1993 Regulations (in force 1 April 1993) carried back to the scheme\'s start, as the fact sheet reads it.',
      },
      {
        from: '1993-04-01',
        to: '1994-03-31',
        value: 500_000,
        sources: ['uksi-1994-640'],
        confidence: 'confirmed',
        note: 'SI 1994/640 amends regulation 21 of the 1993 Regulations "to increase from £5,000 to £6,000".',
      },
      { from: '1994-04-01', to: '1999-03-31', value: 600_000, sources: ['uksi-1994-640'], confidence: 'confirmed' },
    ],
  },
  {
    id: 'fundholding.savingsSpendWindowYears',
    label: 'GP fundholding: years within which savings may be spent',
    unit: 'years',
    values: [{ from: '1991-04-01', to: '1999-03-31', value: 4, sources: ['independent-1996-savings'], confidence: 'confirmed' }],
  },
  {
    id: 'budget.indicative.inForce',
    label: 'PBC: whether practices (or groups) are entitled to an indicative budget',
    description: 'Indicative budgets under practice based commissioning start on 1 April 2005. A date before the first value is outside PBC: the rules raise NOT_IN_FORCE.',
    unit: 'boolean',
    values: [{ from: '2005-04-01', value: true, sources: ['dh-2004-engaging-practices', 'pmc-2007-pbc-indicative'], confidence: 'confirmed' }],
  },
  {
    id: 'budget.indicative.pctCarriesOverspendRisk',
    label: 'PBC: whether the PCT, not the practice, carries the risk of an overspend of an indicative budget',
    unit: 'boolean',
    values: [
      {
        from: '2005-04-01',
        value: true,
        sources: ['pulse-nuts-and-bolts-pbc', 'hsj-2004-09-30-savings-pledge', 'dh-2004-engaging-practices'],
        confidence: 'confirmed',
        note: 'The PCT keeps the statutory budget and the contracts; practices are not individually liable. The practice still has to balance over the balancing window.',
      },
    ],
  },
  {
    id: 'budget.scope.mandatoryLines',
    label: 'PBC budget scope: service lines every indicative budget must include',
    unit: 'list',
    values: [
      {
        from: '2005-04-01',
        to: '2010-03-31',
        value: ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING'],
        sources: ['diabetesonthenet-pbc-responsibilities', 'pulse-indicative-budgets-glossary'],
        confidence: 'derived',
        note: 'The mandatory core: hospital activity priced at the national tariff (elective, day case, non-elective, outpatients) plus prescribing, as Diabetes & Primary Care and the Pulse glossary give it. Disputed: a copy of a DH FAQ says the budget covers "at least planned hospital care, prescribing, community services and mental health" (the alternative). See docs/parameters.md.',
        alternatives: [
          {
            id: 'dh-faq-at-least',
            value: ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH'],
            sources: ['dh-faq-indicative-budget-scope', 'healthcare-today-2007-pbc'],
            confidence: 'derived',
            note: '"At least planned hospital care, prescribing, community services and mental health" (DH FAQ, as copied by experts123); Healthcare Today (2007) likewise lists mental health and community services among the areas PBC applies to. Non-elective care is kept, as every reading has it.',
          },
        ],
      },
      {
        from: '2010-04-01',
        value: ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'A_AND_E', 'PRESCRIBING', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH', 'DIAGNOSTICS', 'OTHER'],
        sources: ['pulse-2009-five-things'],
        confidence: 'unconfirmed',
        note: 'The March 2009 vision: the budget should show all resources for the registered population (everything the PCT manages bar primary care contracts). The first year it applied is not known: 2010/11 is assumed, the first year whose budget guidance (14 January 2010) came after the vision; 2009/10 budgets were set under guidance published with it (March 2009). This is a reading of budget scope, separate from the 1 May entitlement (entitlements.budgetIssueBy), which binds 2009/10.',
      },
    ],
  },
  {
    id: 'budget.scope.optionalLines',
    label: 'PBC budget scope: service lines a PCT and practice may add to the mandatory core',
    unit: 'list',
    values: [
      {
        from: '2005-04-01',
        to: '2010-03-31',
        value: ['A_AND_E', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH', 'DIAGNOSTICS', 'OTHER'],
        sources: ['diabetesonthenet-pbc-responsibilities'],
        confidence: 'derived',
        note: 'Diabetes & Primary Care names community nursing, mental health, A&E and diagnostics as optional; OTHER (anything else devolved) is the library\'s catch-all and is optional by the same reading. Disputed for community services and mental health: see budget.scope.mandatoryLines, whose alternative makes them mandatory (a line both mandatory and optional is mandatory).',
      },
      {
        from: '2010-04-01',
        value: [],
        sources: ['pulse-2009-five-things'],
        confidence: 'unconfirmed',
        note: 'Under the 2009 vision every line the PCT manages is shown, so none is optional (first year assumed 2010/11).',
      },
    ],
  },
  {
    id: 'budget.scope.excludedUnlessIncludedLines',
    label: 'PBC budget scope: service lines left out (with the PCT) unless the caller includes them',
    unit: 'list',
    values: [
      {
        from: '2005-04-01',
        value: ['TERTIARY_SPECIALISED'],
        sources: ['hsj-2004-09-30-savings-pledge', 'pulse-2009-five-things'],
        confidence: 'confirmed',
        note: 'Specialised commissioning was excluded from the start; the 2009 vision lets groups "block back" areas such as tertiary care to the PCT.',
      },
    ],
  },
  {
    id: 'budget.method.guidance',
    label: 'PBC budget setting: the method the national guidance describes for the year',
    description: "One of 'historicActivityAtTariff', 'weightedCapitation' or 'blended' (historic activity moving towards the fair share under the pace-of-change rule). A caller may choose another method; the rules then report a finding.",
    unit: 'text',
    values: [
      {
        from: '2005-04-01',
        to: '2006-03-31',
        value: 'historicActivityAtTariff',
        sources: ['napc-2005-budget-baseline'],
        confidence: 'confirmed',
        note: 'The 2005 baseline: historic (2003/04 HES) activity grouped into HRGs and priced at the national tariff.',
      },
      {
        from: '2006-04-01',
        to: '2007-03-31',
        value: 'historicActivityAtTariff',
        sources: ['napc-2005-budget-baseline'],
        confidence: 'derived',
        note: 'The 2005 method carried into 2006/07: no source describes the 2006/07 method (the fair-share toolkit of January 2006 is for 2007/08 budgets).',
      },
      {
        from: '2007-04-01',
        to: '2008-03-31',
        value: 'blended',
        sources: ['dh-2006-fair-shares-toolkit'],
        confidence: 'confirmed',
        note: 'Actual activity at 2007/08 prices; weighted capitation only where no historic data exist; practices more than 10% from their fair share move towards it.',
      },
      {
        from: '2008-04-01',
        value: 'blended',
        sources: ['dh-2006-fair-shares-toolkit', 'dh-2009-budget-guidance'],
        confidence: 'unconfirmed',
        note: 'The 2007/08 method carried forward; the 2009/10 and 2010/11 guidance revised the fair-share method but its detail was not retrieved.',
      },
    ],
  },
  {
    id: 'budget.paceOfChange.gapClosedPerYear',
    label: "Pace of change: share of the gap between a practice's historic budget and its fair share closed in a year",
    description: 'Applies only to practices further from their fair share than budget.paceOfChange.threshold. The guidance says such practices should move towards their fair share at a pace that is not "overly aggressive", but gives no step.',
    unit: 'ratio',
    values: [
      {
        from: '2007-04-01',
        value: '0.25',
        sources: ['dh-2006-fair-shares-toolkit'],
        confidence: 'unconfirmed',
        note: 'No source gives the step. The library closes a quarter of the gap a year (a practice 40% over its fair share comes down to 30% over); set the PCT\'s own figure with a reform. The bounds of the plausible range, an eighth and a half, are its alternatives.',
        alternatives: [
          { id: 'eighth', value: '0.125', sources: ['dh-2006-fair-shares-toolkit'], confidence: 'unconfirmed', note: 'A slower pace: an eighth of the gap a year (the guidance asks only that pace of change be not "overly aggressive").' },
          { id: 'half', value: '0.5', sources: ['dh-2006-fair-shares-toolkit'], confidence: 'unconfirmed', note: 'A faster pace: half the gap a year.' },
        ],
      },
    ],
  },
  {
    id: 'budget.controlTotal.contingencyShare',
    label: "PCT control total: share of the PCT's resources for a service line held back as a contingency or top-slice before practice budgets are set",
    unit: 'ratio',
    values: [
      {
        from: '2005-04-01',
        value: null,
        sources: ['napc-2005-budget-baseline'],
        confidence: 'unconfirmed',
        note: 'No national rule on top-slicing or risk reserves was found: a local PCT decision. null means none is held back.',
      },
    ],
  },
  {
    id: 'budget.highCostPatientThreshold',
    label: "PBC: annual cost of one patient above which the excess falls outside the practice's indicative budget",
    unit: 'pence',
    values: [
      {
        from: '2005-04-01',
        value: null,
        sources: ['uksi-1994-640', 'hansard-1993-03-23-high-cost'],
        confidence: 'unconfirmed',
        note: 'No national PBC threshold was found (fundholding had £5,000, then £6,000): a local PCT parameter. null means no cap.',
      },
    ],
  },
  {
    id: 'tariff.nonElective.marginalRate',
    label: 'National tariff: share of the full price paid for emergency (non-elective) activity above the baseline',
    unit: 'ratio',
    values: [
      {
        from: '2005-04-01',
        to: '2007-03-31',
        value: null,
        sources: ['reckon-2006-tariff-2007-08'],
        confidence: 'unconfirmed',
        note: 'A reduced emergency tariff existed before 2007/08 (the 2007/08 letter moves its threshold) but its rate and baseline were not retrieved: null prices all activity at the full tariff.',
      },
      {
        from: '2007-04-01',
        to: '2008-03-31',
        value: '0.5',
        sources: ['reckon-2006-tariff-2007-08'],
        confidence: 'confirmed',
        note: 'The 50% reduced tariff for emergency admissions above the 2005/06 outturn.',
      },
      {
        from: '2008-04-01',
        to: '2010-03-31',
        value: null,
        sources: ['reckon-2006-tariff-2007-08', 'hsj-2009-marginal-emergency-tariff'],
        confidence: 'unconfirmed',
        note: 'No national marginal rate for 2008/09 or 2009/10 was found: null prices all activity at the full tariff.',
      },
      {
        from: '2010-04-01',
        value: '0.3',
        sources: ['hsj-2009-marginal-emergency-tariff'],
        confidence: 'confirmed',
        note: '30% of the tariff for emergency activity above 2008/09 levels.',
      },
    ],
  },
  {
    id: 'tariff.nonElective.marginalRateBaselineYear',
    label: 'National tariff: the financial year whose emergency activity is the baseline for the marginal rate',
    unit: 'text',
    values: [
      { from: '2005-04-01', to: '2007-03-31', value: null, sources: ['reckon-2006-tariff-2007-08'], confidence: 'unconfirmed' },
      { from: '2007-04-01', to: '2008-03-31', value: '2005/06', sources: ['reckon-2006-tariff-2007-08'], confidence: 'confirmed' },
      { from: '2008-04-01', to: '2010-03-31', value: null, sources: ['reckon-2006-tariff-2007-08', 'hsj-2009-marginal-emergency-tariff'], confidence: 'unconfirmed' },
      { from: '2010-04-01', value: '2008/09', sources: ['hsj-2009-marginal-emergency-tariff'], confidence: 'confirmed' },
    ],
  },
  {
    id: 'fur.pctPriorClaim.basis',
    label: "Freed-up resources: what the PCT's prior claim (to clear its own deficit) is taken from",
    description: "'wholeUnderspend': the PCT's deficit is met from the underspend before it is shared. 'pctShareFirst': the PCT's own share meets its deficit first and only the rest of the deficit is taken from the practice's share.",
    unit: 'text',
    values: [
      {
        from: '2005-04-01',
        value: 'wholeUnderspend',
        sources: ['diabetesonthenet-pbc-responsibilities', 'pulse-what-next-for-fur'],
        confidence: 'unconfirmed',
        note: 'The sources say only that PCTs had a prior right to use savings to clear their own overspend. The literal reading (the savings as a whole) is the default.',
      },
    ],
  },
  {
    id: 'fur.remainderCoversManagementCosts',
    label: "Freed-up resources: whether the part not kept by the practice may first be charged against the practice's reasonable management costs",
    unit: 'boolean',
    values: [
      {
        from: '2005-04-01',
        to: '2006-03-31',
        value: true,
        sources: ['dh-2004-engaging-practices'],
        confidence: 'derived',
        note: 'October 2004: the remainder "could be charged against reasonable practice management costs, with the balance going to the PCT". Disputed for 2005/06 as fur.practiceShare is: under the December 2004 decision (up to 100% to the practice) there is no remainder to charge.',
        alternatives: [
          {
            id: 'kf-2004-100pc',
            value: false,
            sources: ['kf-2004-100pc'],
            confidence: 'derived',
            note: 'With up to 100% of savings kept by the practice (the December 2004 decision), no remainder goes to management costs.',
          },
        ],
      },
      {
        from: '2006-04-01',
        value: false,
        sources: ['hansard-2006-11-06', 'diabetesonthenet-pbc-responsibilities'],
        confidence: 'unconfirmed',
        note: 'The 2006/07 guidance is reported as a 70-30 practice/PCT split with no mention of management costs.',
      },
    ],
  },
  {
    id: 'fur.releaseRequiresApprovedBusinessCase',
    label: "Freed-up resources: whether the practice's share is released only for a use the PCT has approved (normally through a business case)",
    unit: 'boolean',
    values: [
      {
        from: '2005-04-01',
        value: true,
        sources: ['pulse-2009-kick-starting-pbc', 'pulse-what-next-for-fur'],
        confidence: 'derived',
        note: 'The PCT must approve the use, "normally" through a business case.',
      },
    ],
  },
  {
    id: 'fur.carryOver',
    label: 'Freed-up resources: whether released but unspent FUR carries over to the next financial year',
    unit: 'boolean',
    values: [
      {
        from: '2005-04-01',
        value: false,
        sources: ['dh-2004-engaging-practices'],
        confidence: 'unconfirmed',
        note: 'No national rule was found (fundholding allowed four years). The default is no carry-over.',
      },
    ],
  },
  {
    id: 'fur.personalIncomePermitted',
    label: 'Freed-up resources: whether they may be taken as personal income by GPs',
    unit: 'boolean',
    values: [
      {
        from: '2005-04-01',
        value: false,
        sources: ['pulse-gpc-keep-savings', 'lse-hpm-pbc-developments'],
        confidence: 'confirmed',
        note: 'The DH position: savings are reinvested in services, not taken as pay. The GPC disputed it, so the rules warn rather than refuse.',
      },
    ],
  },
  {
    id: 'fundholding.inForce',
    label: 'GP fundholding: whether the scheme is in force',
    description: 'The scheme ran from 1 April 1991 to 31 March 1999. A date before the first value is outside the scheme: the rules raise NOT_IN_FORCE, as they do for a date after it ended.',
    unit: 'boolean',
    values: [
      { from: '1991-04-01', to: '1999-03-31', value: true, sources: ['hansard-1991-03-13', 'hansard-1998-12-15'], confidence: 'confirmed' },
      {
        from: '1999-04-01',
        value: false,
        sources: ['hansard-1998-12-15', 'uksi-1999-2541'],
        confidence: 'confirmed',
        note: 'Fundholding ended on 31 March 1999, with a residual scheme; savings and assets transferred under an order in force 1 October 1999.',
      },
    ],
  },
  {
    id: 'fundholding.groupingAllowed',
    label: 'GP fundholding: whether practices below the minimum list size may combine their lists to reach it',
    unit: 'boolean',
    values: [
      { from: '1991-04-01', to: '1993-03-31', value: true, sources: ['uksi-1991-582', 'hansard-1991-03-13'], confidence: 'confirmed' },
      {
        from: '1993-04-01',
        to: '1999-03-31',
        value: true,
        sources: ['bmj-1995-fundholding-extension'],
        confidence: 'derived',
        note: 'Later regulations were not read on this point; multifunds (16 by 1995) imply grouping continued.',
      },
    ],
  },
  {
    id: 'fundholding.savingsTransferredOn',
    label: "GP fundholding: the day remaining fundholders' savings passed to their successors",
    unit: 'date',
    values: [
      { from: '1999-04-01', value: '1999-10-01', sources: ['uksi-1999-2541'], confidence: 'confirmed', note: 'The Health Act 1999 transfer order came into force on 1 October 1999.' },
    ],
  },
  {
    id: 'budget.realBudget.holderSavingsShare',
    label: 'Real budgets: share of an underspend the budget holder keeps',
    unit: 'ratio',
    values: [
      {
        from: '1991-04-01',
        to: '1999-03-31',
        value: '1',
        sources: ['hansard-1993-11-03-savings', 'kingsfund-gp-commissioning-real-budgets'],
        confidence: 'confirmed',
        note: 'Fundholders kept their savings (for the purposes the regulations listed).',
      },
      {
        from: '1999-04-01',
        value: '1',
        sources: ['kingsfund-gp-commissioning-real-budgets', 'pulse-2010-where-next-real-budgets'],
        confidence: 'unconfirmed',
        note: "No real-budget regime existed after fundholding; the King's Fund (2008) proposed real budgets for specific services without fixing a share. Fundholding's rule is carried forward.",
      },
    ],
  },
  {
    id: 'budget.realBudget.holderBearsOverspend',
    label: 'Real budgets: whether the budget holder, not the PCT or health authority, bears an overspend',
    unit: 'boolean',
    values: [
      {
        from: '1991-04-01',
        to: '1999-03-31',
        value: true,
        sources: ['ukpga-1990-19-s15', 'wikipedia-gp-fundholding'],
        confidence: 'derived',
        note: 'The allotted sum was a real budget; a fundholder in deficit could lose its status (Far Lane, Sheffield). Some were helped by their regional health authority.',
      },
      {
        from: '1999-04-01',
        value: true,
        sources: ['pulse-2010-where-next-real-budgets'],
        confidence: 'unconfirmed',
        note: 'The 2010 debate on real budgets turned on transferring this risk to the holder.',
      },
    ],
  },
  {
    // Read by the scenario layer (evaluateArea, compareScenarios); a reform lists lines here to
    // devolve them, e.g. realBudgetsForElectiveCareReform (policy/reforms/).
    id: 'budget.realBudget.lines',
    label: 'Service lines held as a real budget (devolved to the holder) rather than an indicative one',
    description:
      'Under practice based commissioning budgets were indicative: the PCT held the cash and the contracts. A line listed here is devolved: the holder keeps its savings (budget.realBudget.holderSavingsShare) and bears its overspend (budget.realBudget.holderBearsOverspend), as a fundholder did.',
    unit: 'list',
    values: [
      {
        from: '2005-04-01',
        value: [],
        sources: ['pulse-indicative-budgets-glossary', 'dh-2004-engaging-practices', 'pmc-2007-pbc-indicative'],
        confidence: 'confirmed',
        note: 'PBC budgets were indicative for every line: "the PCT stays legally responsible and places the contracts" (Pulse glossary; DH, October 2004). No line was devolved.',
      },
    ],
  },
  {
    id: 'budget.managementAllowance.expected',
    label: 'PBC groups: DH expects every PCT to provide a management allowance',
    unit: 'boolean',
    values: [
      {
        from: '2005-04-01',
        to: '2008-06-30',
        value: false,
        sources: ['hsj-2005-02-north-bradford', 'experts123-central-management-costs'],
        confidence: 'derived',
        note: 'No national expectation was found before 2008: some PCTs paid local allowances (North Bradford: £2, later £5, per head), and the DH FAQ asked PCTs to label management costs on the indicative budget; a practice\'s costs of setting up a service went in its business case.',
      },
      {
        from: '2008-07-01',
        to: '2013-03-31',
        value: true,
        sources: ['pulse-2008-darzi-special'],
        confidence: 'derived',
        note: "Our vision for primary and community care (published a few days after High Quality Care for All of 30 June 2008; taken as 1 July 2008): the DH 'expects all PCTs to provide a management allowance for PBC groups to support innovative practice'. Runs until PCTs were abolished on 31 March 2013.",
      },
      { from: '2013-04-01', value: false, sources: ['ukpga-2012-7-s33-34', 'uksi-2013-160'], confidence: 'confirmed', note: 'PCTs were abolished on 31 March 2013 (Health and Social Care Act 2012, s. 34; SI 2013/160).' },
    ],
  },
  {
    id: 'budget.managementAllowance.perHead',
    label: 'PBC groups: management allowance per registered patient, where the PCT sets no figure of its own',
    unit: 'pence-per-patient',
    values: [
      {
        from: '2005-04-01',
        to: '2008-06-30',
        value: null,
        sources: ['hsj-2005-02-north-bradford'],
        confidence: 'derived',
        note: 'No national allowance before 2008: a PCT that paid one set it locally (give it in the input).',
      },
      {
        from: '2008-07-01',
        to: '2013-03-31',
        value: 200,
        sources: ['pulse-2010-12-management-allowance', 'hsj-2005-02-north-bradford', 'pulse-2008-darzi-special'],
        confidence: 'unconfirmed',
        note: "DH set no national figure: 'a management allowance' was expected, its size left to the PCT. Default £2 per head: the GPC (December 2010) said the £2 per head given to shadow consortia 'would only be a similar amount to existing PBC enhanced services funding'; North Bradford's 2005 allowance also began at £2 per head. Alternatives: £5 per head (North Bradford's later £50,000 per 10,000 patients); null (no national figure: only the PCT's own). Per head, as the sources give it; a PCT that paid a sum per group gives it in the input.",
      },
      { from: '2013-04-01', value: null, sources: ['ukpga-2012-7-s33-34', 'uksi-2013-160'], confidence: 'confirmed', note: 'PCTs were abolished on 31 March 2013 (Health and Social Care Act 2012, s. 34; SI 2013/160).' },
    ],
  },
  {
    id: 'budget.earnedAutonomy.inForce',
    label: "PBC groups: 'earned autonomy' for leading groups is policy",
    unit: 'boolean',
    values: [
      { from: '2005-04-01', to: '2008-06-30', value: false, sources: ['pulse-2008-darzi-special'], confidence: 'derived', note: 'Earned autonomy for PBC groups first appears in the 2008 primary and community care strategy.' },
      {
        from: '2008-07-01',
        to: '2013-03-31',
        value: true,
        sources: ['pulse-2008-darzi-special'],
        confidence: 'derived',
        note: "Our vision for primary and community care (July 2008; taken as 1 July): 'earned autonomy' for leading-edge groups that succeed in improving health outcomes. Runs until PCTs were abolished.",
      },
      { from: '2013-04-01', value: false, sources: ['ukpga-2012-7-s33-34', 'uksi-2013-160'], confidence: 'confirmed', note: 'PCTs were abolished on 31 March 2013 (Health and Social Care Act 2012, s. 34; SI 2013/160).' },
    ],
  },
  {
    id: 'budget.earnedAutonomy.freedoms',
    label: 'PBC groups: the freedoms a leading group can earn',
    unit: 'list',
    values: [
      {
        from: '2008-07-01',
        value: ['managing_resources', 'designing_services'],
        sources: ['pulse-2008-darzi-special'],
        confidence: 'confirmed',
        note: "'They should be entitled to increased freedoms in managing resources and designing services.' The King's Fund (November 2008) went further, to real budgets and the freedom to contract: see the reform realBudgetsForElectiveCareReform.",
      },
    ],
  },
  {
    id: 'budget.earnedAutonomy.criteria',
    label: 'PBC groups: what a group must show to earn its freedoms',
    unit: 'list',
    values: [
      {
        from: '2008-07-01',
        value: ['improved_health_outcomes'],
        sources: ['pulse-2008-darzi-special'],
        confidence: 'confirmed',
        note: "The one criterion DH gave: 'leading-edge groups who succeed in improving health outcomes'. How a PCT judged it, and any further local criteria (a balanced budget, an agreed plan), are not national: add them with a reform, and give the evidence for each in the input.",
      },
    ],
  },
  {
    id: 'tariff.pricingYear',
    label: "Historic activity at tariff: whose year's tariff prices it",
    unit: 'text',
    values: [
      {
        from: '2005-04-01',
        to: '2007-03-31',
        value: 'budget_year',
        sources: ['napc-2005-budget-baseline'],
        confidence: 'unconfirmed',
        note: "The 2005 baseline was 2003/04 activity 'costed at national tariff' (NAPC), without saying which year's. Default: the budget year's tariff, as from 2007/08. Alternative: 'activity_year' (the tariff of the year the activity happened).",
      },
      {
        from: '2007-04-01',
        to: '2013-03-31',
        value: 'budget_year',
        sources: ['dh-2006-fair-shares-toolkit', 'taylorfrancis-2008-pbc-budget'],
        confidence: 'confirmed',
        note: "DH for 2007/08: 'actual activity at 2007/08 prices'; a 2008/09 guide: the last 12 months of activity 'at 2008/09 prices'. So a tariff-year change (new prices, new currencies) reaches the budget the year it takes effect.",
      },
    ],
  },
  {
    id: 'tariff.mff.inPbcBudgets',
    label: 'Historic activity at tariff: whether the market forces factor is applied to the prices',
    unit: 'text',
    values: [
      {
        from: '2005-04-01',
        to: '2013-03-31',
        value: 'national_tariff',
        sources: ['napc-2005-budget-baseline', 'thehealthwell-pbr', 'pathwayanalytics-mff'],
        confidence: 'unconfirmed',
        note: "No source says how PBC budgets treated the MFF. The budget sources speak of activity 'costed at national tariff' (NAPC), so the default prices at the national tariff without it ('national_tariff'). Alternative: 'provider_mff', each provider's MFF applied to its activity, as the PCT actually paid (the tariff was 'adjusted for regional variation in wages'); a PCT that did so gives the indices and applies a reform.",
      },
    ],
  },
  {
    id: 'tariff.currency',
    label: 'Payment by Results: the HRG version the national tariff is priced in',
    unit: 'text',
    values: [
      {
        from: '2005-04-01',
        to: '2009-03-31',
        value: 'HRG3.5',
        sources: ['hsj-2008-hrg4-tariff-delayed'],
        confidence: 'derived',
        note: 'The tariff before 2009-10 was priced in HRG version 3.5 (HSJ: A&E "will continue to base charges on the HRG3.5 tariff"). When v3.5 first applied to PbR is not checked here.',
      },
      {
        from: '2009-04-01',
        to: '2013-03-31',
        value: 'HRG4',
        sources: ['hansard-2009-01-12-hrg4', 'hsj-2008-hrg4-tariff-delayed', 'pulse-what-next-for-fur'],
        confidence: 'confirmed',
        note: 'HRG4 for payment of tariff from April 2009, except A&E (still HRG3.5 in 2009-10) and outpatient procedures (no mandatory tariff). Pulse: many consortia missed FUR they were owed after the HRG4 change.',
      },
    ],
  },
];
