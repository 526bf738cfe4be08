/**
 * The library's own evidence: worked examples from the sources, kept as policy cases so anyone can
 * run them against the baseline or against their own reform.
 *
 * @module
 */
import type { PolicyCase } from './case.js';
import { deepFreeze } from '../core/freeze.js';
import { budgetsEvidence } from './evidence/budgets.js';
import { conflictsEvidence } from './evidence/conflicts.js';
import { incentivesEvidence } from './evidence/incentives.js';
import { parameterEvidence } from './evidence/parameters.js';
import { readinessEvidence } from './evidence/readiness.js';

/**
 * Worked examples from the sources that the encoded policy must satisfy, as policy cases. Each names
 * its source. Run them with `runPolicyCases(libraryEvidence)`, or against a reform with
 * `compareEvidence(libraryEvidence, { reformed })` to see which cases the reform changes.
 *
 * @category Testing
 * @example
 * ```ts
 * import { libraryEvidence, runPolicyCases } from 'practice-based-commissioning/testing';
 * runPolicyCases(libraryEvidence).failed; //=> 0
 * ```
 */
export const libraryEvidence: readonly PolicyCase[] = deepFreeze([...parameterEvidence, ...budgetsEvidence, ...incentivesEvidence, ...conflictsEvidence, ...readinessEvidence]);
