/**
 * Evidence for the readiness area: the Audit Commission's "ready only when all five factors are in
 * place" (2007) and the DH entitlements in force from March 2009.
 *
 * @module
 */
import type { PolicyCase } from '../case.js';

const factors = ['AC07.F1_BUDGETS', 'AC07.F2_INFORMATION', 'AC07.F3_FREEDOM_SAVINGS', 'AC07.F4_GOVERNANCE_COI', 'AC07.F5_SHARED_OWNERSHIP'];
const evidence = (notMet: readonly string[]) => factors.map((factorId) => ({ factorId, status: notMet.includes(factorId) ? 'not_met' : 'met', observedOn: '2007-11-01' }));

/** Readiness evidence. @internal */
export const readinessEvidence: readonly PolicyCase[] = [
  {
    name: 'an area with all five Audit Commission factors in place is ready',
    entryPoint: 'assessReadiness',
    asOf: '2007-11-22',
    input: { framework: 'AC2007', evidence: evidence([]) },
    expected: { rating: { id: 'all_in_place' } },
    source: 'mip-2007-limited-progress',
  },
  {
    name: 'an area missing one of the five factors is not ready',
    entryPoint: 'assessReadiness',
    asOf: '2007-11-22',
    input: { framework: 'AC2007', evidence: evidence(['AC07.F2_INFORMATION']) },
    expected: { rating: { id: 'some_in_place' } },
    source: 'mip-2007-limited-progress',
  },
  {
    name: 'the 2009 entitlements are not in force on 28 February 2009',
    entryPoint: 'checkEntitlements',
    asOf: '2009-02-28',
    input: { holder: { kind: 'practice', id: 'Z90001' }, financialYear: '2009/10' },
    expected: { inForce: false },
    source: 'digitalhealth-2009-03-vision',
  },
  {
    name: 'the 2009 entitlements are in force from 1 March 2009',
    entryPoint: 'checkEntitlements',
    asOf: '2009-03-01',
    input: { holder: { kind: 'practice', id: 'Z90001' }, financialYear: '2009/10' },
    expected: { inForce: true },
    source: 'digitalhealth-2009-03-vision',
  },
];
