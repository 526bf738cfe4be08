import { assessReadiness, checkEntitlements, compareAssessments, compareWccWithNational, surveyHeatMap, type ReadinessAssessment } from '../../src/index.js';
import { ac2007Evidence, entitlementCases, kf2008Evidence, surveyRows } from './readiness-data.js';
import { sampleArea } from './sample-area.js';

function ratingLine(assessment: ReadinessAssessment): string {
  const { score, rating } = assessment;
  return `rating ${rating.id}${rating.ready ? ' (ready)' : ''}: ${score.metCount} of ${score.factorCount} in place, score ${score.score} of ${score.maximum}`;
}

/** The demo report's readiness section. */
export function readinessSection(): string {
  const pct = sampleArea.pct;
  const lines: string[] = [`── Readiness: can PBC succeed in ${pct.name} (${pct.code})? ──`, ''];

  const before = assessReadiness({ framework: 'AC2007', evidence: ac2007Evidence, subject: pct.code }, { asOf: '2007-11-22' });
  const after = assessReadiness({ framework: 'AC2007', evidence: ac2007Evidence, subject: pct.code }, { asOf: '2008-11-20' });
  const change = compareAssessments({ before, after });
  lines.push('Audit Commission 2007, the five factors for success:');
  lines.push(`  on 2007-11-22 ${ratingLine(before)}`);
  lines.push(`  on 2008-11-20 ${ratingLine(after)} (${change.ratingChange}; closed: ${change.closedGaps.join(', ')})`);
  for (const gap of after.gaps) lines.push(`  gap ${gap.factorId} (${gap.status}) → ${gap.recommendations[0]?.label ?? 'no recommendation'}`);
  for (const missing of after.missingEvidence) lines.push(`  missing evidence: ${missing.factorId}; if met the rating would be ${missing.ratingIfMet}`);

  const kf = assessReadiness({ framework: 'KF2008', evidence: kf2008Evidence, subject: pct.code }, { asOf: '2008-11-20' });
  lines.push('', "King's Fund 2008, factors and lessons (enabler / neutral / barrier):");
  lines.push(`  ${ratingLine(kf)}; policy objectives scored apart: ${kf.outcomes?.score ?? '0'} of ${kf.outcomes?.maximum ?? '0'}`);
  const barriers = kf.factors.filter((factor) => factor.status === 'barrier').map((factor) => factor.factorId.replace('KF08.', ''));
  lines.push(`  barriers: ${barriers.join(', ')}`);
  lines.push(`  missing evidence: ${kf.missingEvidence.map((missing) => `${missing.factorId} (would give ${missing.ratingIfMet})`).join(', ')}`);

  lines.push('', 'DH 2009 entitlements, 2009/10, checked on 2009-07-31:');
  for (const item of entitlementCases) {
    const check = checkEntitlements({ ...item, financialYear: '2009/10' }, { asOf: '2009-07-31' });
    const { summary } = check;
    lines.push(`  ${item.holder.id} ${item.holder.name}: ${summary.compliant} compliant, ${summary.warning} warning, ${summary.breach} breach, ${summary.pending} pending, ${summary.unknown} unknown`);
    for (const finding of check.findings.filter((candidate) => ['breach', 'warning', 'pending'].includes(candidate.outcome))) lines.push(`    ${finding.outcome.padEnd(7)} ${finding.message}`);
  }
  const first = entitlementCases[0];
  const eve = checkEntitlements({ holder: first.holder, financialYear: '2009/10' }, { asOf: '2009-02-28' });
  const launch = checkEntitlements({ holder: first.holder, financialYear: '2009/10' }, { asOf: '2009-03-01' });
  lines.push(`  in force on 2009-02-28? ${eve.inForce ? 'yes' : 'no'}; on 2009-03-01? ${launch.inForce ? 'yes' : 'no'} (budget ${launch.findings[0]?.outcome ?? ''}, due ${String(launch.findings[0]?.details?.['dueOn'] ?? '')})`);

  const map = surveyHeatMap({ rows: [...surveyRows], referenceWave: 'practice-w6' }, { asOf: '2009-06-30' });
  lines.push('', `Survey heat map against the national figures of practice wave 6 (±${map.marginPoints} points is similar):`);
  lines.push(`  ${'area'.padEnd(18)}${map.metrics.map((metric) => metric.padEnd(26)).join('')}`);
  for (const area of map.areas) {
    const cells = map.metrics.map((metric) => {
      const cell = map.cells.find((candidate) => candidate.area === area && candidate.metricId === metric);
      const difference = cell?.difference ?? 0;
      return `${cell?.value ?? ''} (${difference > 0 ? '+' : ''}${difference}) ${cell?.band ?? ''}`.padEnd(26);
    });
    lines.push(`  ${area.padEnd(18)}${cells.join('')}`);
  }
  lines.push(`  needs support: ${map.cells.filter((cell) => cell.needsSupport).map((cell) => `${cell.area.slice(0, 3)} ${cell.metricId}`).join(', ')}`);

  // Synthetic WCC evidence for the sample PCT (a demo, not a real PCT's scores).
  const wcc = compareWccWithNational({ pct: pct.code, competencies: { 'WCC.C01': 3, 'WCC.C04': 1, 'WCC.C11': 2 }, governance: { strategy: 'green', finance: 'amber', board: 'green' } }, { asOf: '2010-03-31' });
  lines.push('', `World class commissioning 2009/10 (synthetic evidence): ${wcc.assessment.rating.label}; mean level ${wcc.assessment.score.meanLevel ?? 'unknown'}; competency 4 (PBC link) ${wcc.assessment.pbcLink.concern === true ? 'a concern' : 'no concern'}`);
  for (const cell of wcc.cells) lines.push(`  ${cell.label}: PCT ${String(cell.pctValue ?? 'unknown')}; national ${cell.nationalText} → ${cell.position}`);
  return lines.join('\n');
}
