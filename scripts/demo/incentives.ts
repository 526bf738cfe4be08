import { formatGbp, pence } from '../../src/core/index.js';
import {
  estimateNationalIncentiveSpend,
  incentivePaymentSchedule,
  localIncentivePayment,
  towardsPbcDesPayment,
} from '../../src/incentives/index.js';
import { sampleDesClaims, sampleLocalPractices, sampleLocalScheme } from './incentives-data.js';
import { sampleArea } from './sample-area.js';

const money = (amount: number): string => formatGbp(pence(amount));
const nameOf = (code: string): string => sampleArea.practices.find((practice) => practice.code === code)?.name ?? code;

/** The demo report's incentives section: DES payments, the payment schedule, a local scheme and the national estimate. */
export function incentivesSection(): string {
  const lines: string[] = ['── Incentives: the Towards PBC DES (2006/07), local schemes (2007/08), the national bill ──', ''];
  lines.push(`Towards PBC DES at ${sampleArea.pct.name} (${sampleArea.pct.code}): C1 95p a head for signing up; C2 95p a head (list at 1 April 2007) less freed-up resources (SFE 7A.12)`);
  lines.push(`  ${'practice'.padEnd(31)}${'C1'.padStart(11)}${'C2 value'.padStart(12)}${'FUR'.padStart(11)}${'C2 paid'.padStart(11)}  C2 outcome`);
  for (const practice of sampleArea.practices) {
    const claimOf = (component: 'C1' | 'C2') => sampleDesClaims.find((claim) => claim.practiceCode === practice.code && claim.component === component);
    const c1Claim = claimOf('C1');
    const c2Claim = claimOf('C2');
    if (c1Claim === undefined || c2Claim === undefined) continue;
    const c1 = towardsPbcDesPayment(c1Claim);
    const c2 = towardsPbcDesPayment(c2Claim);
    if (c2.component !== 'C2') continue;
    const c1Text = c1.outcome === 'payable' ? money(c1.amountPayable) : 'not earned';
    lines.push(
      `  ${`${practice.code} ${practice.name}`.padEnd(31)}${c1Text.padStart(11)}${money(c2.componentValue).padStart(12)}${money(c2.freedUpResourcesAccessible).padStart(11)}${money(c2.amountPayable).padStart(11)}  ${c2.outcome}`,
    );
    const why = c2.findings.find((finding) => finding.outcome === 'breach' || finding.outcome === 'warning');
    if (why !== undefined) lines.push(`  ${''.padEnd(31)}  └ ${why.message}`);
  }
  lines.push('');

  const schedule = incentivePaymentSchedule({ desClaims: sampleDesClaims, localSchemes: [{ scheme: sampleLocalScheme, practices: sampleLocalPractices }] });
  lines.push('Payment schedule — what is due, when (DES with the next monthly global sum; the local scheme on its own dates):');
  for (const month of schedule.monthlyTotals) {
    const items = schedule.records
      .filter((record) => record.month === month.month)
      .map((record) => `${record.practiceCode} ${record.item}`)
      .join(', ');
    lines.push(`  ${month.month} (${month.financialYear})  ${money(month.amount).padStart(11)}  ${items}`);
  }
  const notPaid = schedule.records.filter((record) => record.status !== 'due');
  lines.push(`  not paid: ${notPaid.map((record) => `${record.practiceCode} ${record.item} ${record.status}`).join('; ')}`);
  lines.push(`  total due ${money(schedule.total)}`);
  lines.push('');

  lines.push(`${sampleLocalScheme.name}: ${sampleLocalScheme.ratePerPatient}p per weighted patient, ${sampleLocalScheme.startsOn} to ${sampleLocalScheme.endsOn}; floor 190p per registered patient (GPC)`);
  for (const practice of sampleLocalPractices) {
    const payment = localIncentivePayment({ scheme: sampleLocalScheme, practice });
    const floor = payment.findings.find((finding) => finding.code === 'LOCAL_FLOOR');
    lines.push(
      `  ${`${practice.practiceCode} ${nameOf(practice.practiceCode)}`.padEnd(31)}${money(payment.schemeValue).padStart(11)}  due ${money(payment.amountDue).padStart(10)}  withheld ${money(payment.amountWithheld).padStart(10)}  pending ${money(payment.amountPending).padStart(10)}${floor?.outcome === 'warning' ? '  below the DES floor' : ''}`,
    );
  }
  lines.push('');

  const estimate = estimateNationalIncentiveSpend({ basis: 'population' });
  lines.push(`National estimate, 2006/07: C1 ${money(estimate.component1)} + C2 ${money(estimate.component2)} = ${money(estimate.total)} (C1 share ${estimate.component1Share})`);
  lines.push(`  against the Audit Commission's ${money(estimate.reference)}: ratio ${estimate.ratioToReference}. ${estimate.reasons[0] ?? ''}`);
  for (const reason of estimate.reasons.slice(1, 4)) lines.push(`  · ${reason}`);
  return lines.join('\n');
}
