/**
 * A small, clearly labelled SYNTHETIC tariff sample for demos and tests of `priceActivityAtTariff`:
 * invented currency codes (`SYN-…`), invented prices and invented provider MFF indices. Not the
 * national tariff, not any year's real prices, not any provider's real index: callers bring their
 * own tables.
 *
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import type { PriceActivityAtTariffInput } from '../budgets/price-activity-at-tariff.js';

/**
 * SYNTHETIC: a practice's 2008/09 activity priced for its 2009/10 budget, with invented tariff tables
 * for both years (the 2009/10 table keyed by the same invented codes, so that it prices after the
 * HRG4 warning), invented MFF indices for two invented providers, and an emergency item with a
 * baseline. Every code starts `SYN-`; every figure is made up. Frozen.
 *
 * @category Testing
 * @example
 * ```ts
 * import { priceActivityAtTariff } from 'practice-based-commissioning';
 * import { syntheticTariffSample } from 'practice-based-commissioning/testing';
 * priceActivityAtTariff(syntheticTariffSample).total; //=> 3_990_000 (20 × £600 + 100 × £93 + 12 × £1,550)
 * ```
 */
export const syntheticTariffSample: PriceActivityAtTariffInput = deepFreeze({
  financialYear: '2009/10',
  activityYear: '2008/09',
  activity: [
    { serviceLine: 'DAY_CASE', currency: 'SYN-DC1', count: 20, providerId: 'SYN-TRUST-A' },
    { serviceLine: 'OUTPATIENT', currency: 'SYN-OP1', count: 100, providerId: 'SYN-TRUST-B' },
    { serviceLine: 'NON_ELECTIVE', currency: 'SYN-NE1', count: 12, baselineCount: 10, providerId: 'SYN-TRUST-A' },
  ],
  tariffs: [
    { financialYear: '2008/09', prices: [{ currency: 'SYN-DC1', price: 58_000 }, { currency: 'SYN-OP1', price: 9_000 }, { currency: 'SYN-NE1', price: 150_000 }] },
    { financialYear: '2009/10', prices: [{ currency: 'SYN-DC1', price: 60_000 }, { currency: 'SYN-OP1', price: 9_300 }, { currency: 'SYN-NE1', price: 155_000 }] },
  ],
  mff: [
    { providerId: 'SYN-TRUST-A', index: '1.05' },
    { providerId: 'SYN-TRUST-B', index: '0.98' },
  ],
});
