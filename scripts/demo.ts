/**
 * `npm run demo`: a readable report on an embedded sample area. Each policy area adds its section
 * in `scripts/demo/`; this file prints them in order.
 */
import { budgetsSection } from './demo/budgets.js';
import { conflictsSection } from './demo/conflicts.js';
import { coreSection } from './demo/core.js';
import { incentivesSection } from './demo/incentives.js';
import { readinessSection } from './demo/readiness.js';
import { scenarioSection } from './demo/scenario.js';

const sections: readonly (() => string)[] = [coreSection, budgetsSection, incentivesSection, conflictsSection, readinessSection, scenarioSection];

const rule = '═'.repeat(78);
console.log(rule);
console.log(' Practice based commissioning — sample area report (NHS England, policy as code)');
console.log(rule);
for (const section of sections) {
  const text = section();
  if (text !== '') console.log(`${text}\n`);
}
