/**
 * Sample Vale PCT's readiness evidence against the Audit Commission's five factors (2007), as a
 * history. Invented.
 *
 * @module
 */
import type { ReadinessEvidenceItem } from '../../readiness/index.js';
import { sampleValePct } from './practices.js';

const pct = sampleValePct.code;

/** Evidence against the Audit Commission's five factors (2007), oldest first per factor. @internal */
export const sampleValeAc2007Evidence: readonly ReadinessEvidenceItem[] = [
  { factorId: 'AC07.F1_BUDGETS', status: 'partial', observedOn: '2007-06-30', subjectId: pct, note: 'budgets issued in June; several practices unclear how they were set' },
  { factorId: 'AC07.F1_BUDGETS', status: 'met', observedOn: '2008-05-01', subjectId: pct, note: 'budgets issued in April and agreed with every practice' },
  { factorId: 'AC07.F2_INFORMATION', status: 'partial', observedOn: '2007-06-30', subjectId: pct, note: 'monthly activity reports, three months in arrears' },
  { factorId: 'AC07.F3_FREEDOM_SAVINGS', status: 'met', observedOn: '2007-09-30', subjectId: pct, note: 'freed-up resources shared 70:30' },
  { factorId: 'AC07.F4_GOVERNANCE_COI', status: 'not_met', observedOn: '2007-09-30', subjectId: pct, note: 'no register of interests for the PBC committee' },
  { factorId: 'AC07.F4_GOVERNANCE_COI', status: 'met', observedOn: '2008-10-01', subjectId: pct, note: 'NED-chaired committee with a register from October 2008' },
];
