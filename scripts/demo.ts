/**
 * `npm run demo`: a readable report on an embedded sample area. Each policy area adds its section
 * in `scripts/demo/`; this file prints them in order.
 */
import { coreSection } from './demo/core.js';

const sections: readonly (() => string)[] = [coreSection];

const rule = '═'.repeat(78);
console.log(rule);
console.log(' Practice based commissioning — sample area report (NHS England, policy as code)');
console.log(rule);
for (const section of sections) {
  console.log(section());
  console.log('');
}
