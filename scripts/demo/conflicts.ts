import { checkConflictsOfInterest, conflictsRulesInForce } from '../../src/index.js';
import { formatGbp, pence } from '../../src/core/index.js';
import { sampleConflictsCases, sampleValeLocalPolicy } from './conflicts-data.js';
import { sampleArea } from './sample-area.js';

const LABEL = { breach: 'BREACH ', warning: 'WARNING' } as const;

function nameOf(members: readonly { readonly id: string; readonly name?: string | undefined; readonly participated: boolean }[], id: string): string {
  const member = members.find((candidate) => candidate.id === id);
  return member === undefined ? id : `${member.name ?? member.id}${member.participated ? ' (took part)' : ' (took no part)'}`;
}

/** The demo report's conflicts section: findings for three business cases in the sample PCT. */
export function conflictsSection(): string {
  const { pct } = sampleArea;
  const local = sampleValeLocalPolicy;
  const lines: string[] = [`── Conflicts of interest: business cases in ${pct.name} (${pct.code}) ──`, ''];
  lines.push(
    `Local rules: tender threshold ${formatGbp(pence(local.tenderThreshold))}; non-executive chair required; ${local.decisionLimitDays}-day decision limit before March 2009.`,
  );
  lines.push(`Rules in force on 2009-07-01: ${conflictsRulesInForce({ asOf: '2009-07-01' }).map((rule) => rule.reference).join(', ')}.`);
  for (const sample of sampleConflictsCases) {
    const result = checkConflictsOfInterest({ ...sample.input, local }, { asOf: sample.asOf });
    const { businessCase } = sample.input;
    const decision = businessCase.decision === undefined ? 'pending' : `${businessCase.decision.outcome} ${businessCase.decision.decidedOn}`;
    const { counts, worstOutcome, conflictedMemberIds } = result.summary;
    lines.push('');
    lines.push(`${businessCase.id} ${businessCase.title} — ${businessCase.proposer.name}, ${formatGbp(pence(businessCase.value))}; submitted ${businessCase.submittedOn}, ${decision} (as of ${sample.asOf})`);
    lines.push(
      `  ${result.summary.total} findings: ${counts.compliant} compliant, ${counts.pending} pending, ${counts.warning} warning, ${counts.breach} breach, ${counts.not_applicable} not applicable; worst: ${worstOutcome}` +
        (conflictedMemberIds.length === 0 ? '' : `; conflicted: ${conflictedMemberIds.map((id) => nameOf(sample.input.panel.members, id)).join(', ')}`),
    );
    for (const finding of result.findings) {
      if (finding.outcome === 'breach' || finding.outcome === 'warning') lines.push(`  ${LABEL[finding.outcome]} ${finding.rule}  ${finding.message}`);
    }
  }
  lines.push('');
  lines.push('The library never approves or rejects a case: the PCT decides; these findings inform and record how.');
  return lines.join('\n');
}
