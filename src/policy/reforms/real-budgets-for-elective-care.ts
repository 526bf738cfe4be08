/**
 * The King's Fund's 2008 recommendation of real budgets for specific services, applied to elective
 * care, as a ready-made reform.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import type { Reform } from '../../core/policy-model/schemas.js';

/**
 * The King's Fund's recommendation (November 2008) of **real budgets for specific services**, applied
 * to elective care, as a reform: give practices real budgets for elective inpatient, day case and
 * outpatient care instead of indicative ones. (It is not the report's "replace" option: what that
 * option means is not known from any source the library has; see docs/parameters.md.)
 * The King's Fund recommended that GPs and PBC clusters hold "real budgets" to commission specific
 * services (gponline, November 2008), learning from GP fundholding, whose real budgets covered
 * elective care (King's Fund press release, seed 001). The reform lists those lines in
 * `budget.realBudget.lines` from 1 April 2005, so that any PBC year can be re-run as if it had held:
 * on those lines the holder keeps `budget.realBudget.holderSavingsShare` of an underspend (all of it,
 * as fundholders did) and bears an overspend (`budget.realBudget.holderBearsOverspend`); emergency
 * care and prescribing stay indicative, with freed-up resources as before.
 *
 * Apply it with `compareScenarios(area, { reform: realBudgetsForElectiveCareReform, asOf })`,
 * or with `applyReform(baselinePolicy, realBudgetsForElectiveCareReform)`.
 * Reading "elective care" as these three lines is the library's (confidence `derived`); change the
 * lines, the dates or the shares with a reform of your own.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { applyReform, baselinePolicy, parameterAt, realBudgetsForElectiveCareReform } from 'practice-based-commissioning/policy';
 * realBudgetsForElectiveCareReform.id; //=> 'kf2008-real-budgets-elective'
 * parameterAt(baselinePolicy, 'budget.realBudget.lines', '2007-04-01').value; //=> []
 * const replaced = applyReform(baselinePolicy, realBudgetsForElectiveCareReform);
 * parameterAt(replaced, 'budget.realBudget.lines', '2007-04-01').value; //=> ['ELECTIVE_INPATIENT', 'DAY_CASE', 'OUTPATIENT']
 * ```
 */
export const realBudgetsForElectiveCareReform: Reform = deepFreeze({
  id: 'kf2008-real-budgets-elective',
  label: "Real budgets for elective care (after the King's Fund's 2008 recommendation of real budgets for specific services)",
  description:
    "Elective inpatient, day case and outpatient care held as real budgets, devolved to the practice (or group), which keeps its savings and bears its overspends; emergency care and prescribing stay indicative. After the King's Fund, Practice-based commissioning: reinvigorate, replace or abandon? (November 2008).",
  parameters: {
    'budget.realBudget.lines': [
      {
        from: '2005-04-01',
        value: ['ELECTIVE_INPATIENT', 'DAY_CASE', 'OUTPATIENT'],
        sources: ['gponline-2008-devolved-budgets', 'kf-2008-report', 'kf-2008-press-release'],
        confidence: 'derived',
        note: "The King's Fund recommended real budgets for specific services; fundholders held real budgets for elective care. Elective care is read as the elective inpatient, day case and outpatient lines; applied from the first PBC year so that any year can be re-run.",
      },
    ],
  },
});
