/**
 * The `policy` option every readiness entry point accepts.
 *
 * @module
 */
import { z } from 'zod';
import { validatePolicy } from '../core/policy-model/validate-policy.js';
import { type Policy } from '../core/policy-model/schemas.js';

/**
 * A policy passed as an option: any policy that {@link validatePolicy} finds clean (the baseline,
 * or one with reforms applied). Defaults to `baselinePolicy`.
 * @internal
 */
export const ReadinessPolicyOptionSchema = z
  .custom<Policy>((value) => validatePolicy(value).ok, { message: 'must be a valid policy (see validatePolicy), such as baselinePolicy or a reformed one' })
  .meta({ description: 'The policy to apply (default: the baseline policy).' });
