import { renderExplanation } from '../../src/index.js';
import { apportion, explain, formatGbp, multiplyByRate, parseMoney, parsePracticeCode, pence, sumMoney } from '../../src/core/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { sampleArea } from './sample-area.js';

/** The core: exact money, dated parameters and an explained figure. */
export function coreSection(): string {
  const lines: string[] = ['── Core: exact money, dated parameters, explanations ──', ''];
  const management = parseMoney('£100,000.00');
  const weights = sampleArea.practices.map((practice) => practice.listSize);
  const shares = apportion(management, weights);
  lines.push(`${sampleArea.pct.name} (${sampleArea.pct.code}) splits a ${formatGbp(management)} management allowance by list size:`);
  sampleArea.practices.forEach((practice, index) => {
    lines.push(`  ${parsePracticeCode(practice.code)}  ${practice.name.padEnd(28)} ${String(practice.listSize).padStart(7)} patients  ${formatGbp(shares[index] ?? pence(0)).padStart(12)}`);
  });
  lines.push(`  ${'total'.padEnd(36)} ${String(weights.reduce((a, b) => a + b, 0)).padStart(7)}           ${formatGbp(sumMoney(shares)).padStart(12)}  (exact: largest remainder)`);
  lines.push('');
  const practice = sampleArea.practices[1];
  const step = explain(
    { id: 'demo.desComponent2Value', version: '1', title: 'Value of DES component 2 before any offset', sources: ['bma-tpbc-des-c2'] },
    baselinePolicy,
    '2007-03-31',
  );
  step.input('listSize', practice.listSize);
  const rate = step.integer('des.c2.ratePerPatient');
  const value = multiplyByRate(pence(rate), practice.listSize);
  lines.push(`One explained figure — ${practice.name}'s component 2 value, ${formatGbp(value)}:`);
  lines.push(renderExplanation(step.done(value), { policy: baselinePolicy, indent: '    ' }).replace(/^/gm, '  '));
  return lines.join('\n');
}
