/**
 * Type tests for the budgets area (checked by `tsc -p .`, never run): the inputs are typed, so a
 * misspelt service line, a count given as a string and an unknown key fail to compile.
 */
import {
  applyPerPatientCap,
  budgetOutcome,
  freedUpResources,
  fundholdingEligibility,
  fundholdingSavingsWindow,
  monitorBudget,
  rollUpGroupBudget,
  setIndicativeBudget,
  type MonitorBudgetInput,
  type MonitorBudgetOptions,
  type SetIndicativeBudgetInput,
} from '../../src/index.js';

declare const budget: MonitorBudgetInput['budget'];

// The shapes that compile.
monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: 330_000, month: 3 }] });
const options: MonitorBudgetOptions = { asOf: '2007-06-30' };
monitorBudget({ budget, throughMonth: 3, spend: [] }, options);
fundholdingSavingsWindow({ financialYear: '1992/93', savings: 4_000_000 }, { asOf: '1997-04-01' });

// (a) A misspelt enum value.
// @ts-expect-error -- 'PRESCRIBNG' is not a service line
monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBNG', amount: 330_000, month: 3 }] });
const request: SetIndicativeBudgetInput = {
  pctCode: '5ZZ',
  financialYear: '2007/08',
  // @ts-expect-error -- 'blend' is not a budget-setting method
  method: 'blend',
  pctResources: [],
  practices: [],
};
setIndicativeBudget(request);
// @ts-expect-error -- 'holiday' is not a purpose of freed-up resources
freedUpResources({ outcome: { financialYear: '2007/08', budget: 1, outturn: 1 }, proposedUses: [{ description: 'x', amount: 1, purpose: 'holiday' }] });

// (b) A count or an amount given as a string.
// @ts-expect-error -- a list size is a number, not a string
fundholdingEligibility({ date: '1993-04-01', practices: [{ practiceCode: 'A81001', listSize: '6000' }] });
// @ts-expect-error -- money is a number of pence, not a string
budgetOutcome({ financialYear: '2007/08', budget: '100', outturn: 90 });
// @ts-expect-error -- the reporting month is a number
monitorBudget({ budget, throughMonth: '3', spend: [] });

// (c) An unknown key in an object literal.
// @ts-expect-error -- 'patient' is not a field of a patient's cost (it is 'patientId')
applyPerPatientCap({ financialYear: '1994/95', patients: [{ patient: 'p1', cost: 750_000 }] });
// @ts-expect-error -- 'asOf' is an option, not a field of the input
fundholdingSavingsWindow({ financialYear: '1992/93', savings: 1, asOf: '1997-04-01' });
// @ts-expect-error -- 'member' is not a field of a group budget roll-up
rollUpGroupBudget({ group: { kind: 'group', groupId: 'g', memberPracticeCodes: ['Z90001'] }, budgets: [budget], member: 'Z90001' });
// @ts-expect-error -- 'policies' is not an option
monitorBudget({ budget, throughMonth: 3, spend: [] }, { policies: [] });
