/**
 * Seeded incentive parameters: the Towards PBC DES (2006/07) and the floor for local schemes.
 * Money fact sheet §1, §2 and §7.3–§7.4.
 *
 * @module
 */
import type { Parameter } from '../../core/parameters.js';

/** Incentive parameters. @internal */
export const incentiveParameters: readonly Parameter[] = [
  {
    id: 'des.c1.ratePerPatient',
    label: 'Towards PBC DES component 1: payment per registered patient',
    description: 'Paid for signing up: agreeing the DES plan with the PCT (and, by default, accepting the indicative budget).',
    unit: 'pence-per-patient',
    values: [{ from: '2006-04-01', to: '2007-03-31', value: 95, sources: ['gponline-2006-enormous-variation', 'bma-tpbc-des-focus'], confidence: 'confirmed' }],
  },
  {
    id: 'des.c2.ratePerPatient',
    label: 'Towards PBC DES component 2: payment per registered patient',
    description: "Paid when the plan's objectives are met, offset by accessible freed-up resources (SFE 7A.12).",
    unit: 'pence-per-patient',
    values: [{ from: '2006-04-01', to: '2007-03-31', value: 95, sources: ['bma-tpbc-des-c2'], confidence: 'confirmed' }],
  },
  {
    id: 'des.c2.listSizeDate',
    label: 'Towards PBC DES component 2: date of the list size used',
    unit: 'date',
    values: [{ from: '2006-04-01', to: '2007-03-31', value: '2007-04-01', sources: ['bma-tpbc-des-c2'], confidence: 'confirmed' }],
  },
  {
    id: 'des.claimDeadline',
    label: 'Towards PBC DES: last day to claim component 2 in writing',
    unit: 'date',
    values: [{ from: '2006-04-01', to: '2007-03-31', value: '2007-06-30', sources: ['pulse-know-your-rights-c2'], confidence: 'confirmed' }],
  },
  {
    id: 'local.floorPerPatient',
    label: 'Local incentive schemes: minimum value per patient (the DES equivalent)',
    description: 'The GPC read the guidance as requiring local schemes to cover at least what the DES paid (95p + 95p). No DH text setting a figure was found.',
    unit: 'pence-per-patient',
    values: [
      {
        from: '2007-04-01',
        value: 190,
        sources: ['pulse-know-your-rights-c2'],
        confidence: 'derived',
        note: 'GPC reading, not DH text: 95p (C1) + 95p (C2). Override with a reform where a PCT or later guidance says otherwise.',
      },
    ],
  },
];
