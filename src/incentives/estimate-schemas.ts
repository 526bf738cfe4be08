/**
 * The input of the national estimate of Towards PBC DES spend.
 *
 * @module
 */
import { z } from 'zod';
import { FinancialYearSchema } from '../core/calendar.js';
import { PracticeCodeSchema } from '../core/identifiers.js';
import { NonNegativePenceSchema } from '../core/money.js';

const uptakeSchema = z
  .union([z.number(), z.string().regex(/^\d+(?:\.\d+)?$/, { message: "must be a decimal such as '0.96'" })])
  .refine((value) => Number(value) >= 0 && Number(value) <= 1, { message: 'must be a share between 0 and 1' })
  .meta({ description: "A share between 0 and 1, as a number or a decimal string ('0.96')." });

const patients = z.number().int({ message: 'must be a whole number of patients' }).min(0, { message: 'must be zero or more' }).max(Number.MAX_SAFE_INTEGER);

/**
 * The zod schema for the input of `estimateNationalIncentiveSpend`, in one of two forms:
 * - `basis: 'population'`: a registered population (default: England's, `england.registeredPatients`)
 *   and the share taking up each component (default: DH's 96% at 31 March 2007 for component 1,
 *   and the same for component 2 — an upper bound), less any freed-up resources that replaced C2;
 * - `basis: 'practices'`: practice by practice, list sizes and which components each was paid.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { NationalIncentiveEstimateInputSchema } from 'practice-based-commissioning/schemas';
 * NationalIncentiveEstimateInputSchema.parse({ basis: 'population' });
 * NationalIncentiveEstimateInputSchema.parse({ basis: 'population', component1Uptake: '0.96', component2Uptake: '0.9' });
 * NationalIncentiveEstimateInputSchema.parse({
 *   basis: 'practices',
 *   practices: [{ listSize: 6000, component1: true, component2: true, freedUpResourcesAccessible: 200_000 }],
 * });
 * ```
 */
export const NationalIncentiveEstimateInputSchema = z.discriminatedUnion('basis', [
  z
    .object({
      basis: z.literal('population'),
      financialYear: FinancialYearSchema.optional().meta({ description: "The DES year: '2006/07' (the default and the only one)." }),
      registeredPatients: patients.optional().meta({ description: "Registered patients; default England's (england.registeredPatients)." }),
      component1Uptake: uptakeSchema.optional().meta({ description: 'Share of patients in practices paid component 1; default DH uptake at 31 March 2007.' }),
      component2Uptake: uptakeSchema.optional().meta({ description: 'Share of patients in practices that met their objectives; default the component 1 share (an upper bound).' }),
      freedUpResourcesOffset: NonNegativePenceSchema.optional().meta({ description: 'Freed-up resources that replaced component 2 nationally (SFE 7A.12); default none.' }),
    })
    .strict(),
  z
    .object({
      basis: z.literal('practices'),
      financialYear: FinancialYearSchema.optional().meta({ description: "The DES year: '2006/07' (the default and the only one)." }),
      practices: z
        .array(
          z
            .object({
              practiceCode: PracticeCodeSchema.optional(),
              listSize: patients.meta({ description: 'Registered patients on the component 1 list date.' }),
              listSizeAtComponent2Date: patients.optional().meta({ description: 'Registered patients at 1 April 2007; default listSize.' }),
              component1: z.boolean().meta({ description: 'Whether the practice was paid component 1.' }),
              component2: z.boolean().meta({ description: 'Whether the practice met its objectives for component 2.' }),
              freedUpResourcesAccessible: NonNegativePenceSchema.optional().meta({ description: 'Freed-up resources offset against its component 2 (SFE 7A.12).' }),
            })
            .strict(),
        )
        .min(1, { message: 'give at least one practice' }),
    })
    .strict(),
]);
