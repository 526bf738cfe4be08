/**
 * Evidence for the conflicts area: the eight-week decision limit from March 2009 and the rule that
 * the PCT, never the proposer, decides.
 *
 * @module
 */
import type { PolicyCase } from '../case.js';

function caseInput(options: { submittedOn: string; decidedOn: string; decidedBy?: string; declaredOn?: string }): Record<string, unknown> {
  const declarationOn = options.declaredOn ?? '2009-01-05';
  return {
    businessCase: {
      id: 'bc-1',
      title: 'Community dermatology',
      proposer: { bodyId: 'Z90001', name: 'Riverside Surgery', isPractice: true },
      proposesToProvide: false,
      namesProvider: false,
      singleProviderSought: false,
      value: 5_000_000,
      procurementRoute: 'any_willing_provider',
      valueForMoneyDocumented: true,
      submittedOn: options.submittedOn,
      decision: { outcome: 'approved', decidedOn: options.decidedOn, decidedBy: options.decidedBy ?? 'pct_committee', reasons: ['meets the needs assessment'] },
      publishedInProspectus: true,
    },
    panel: {
      chairMemberId: 'ned',
      members: [
        { id: 'ned', role: 'non_executive_director', participated: true, declarationOn, interests: [] },
        { id: 'gp-a', role: 'clinician', participated: true, declarationOn, interests: [] },
        { id: 'officer', role: 'pct_officer', participated: true, declarationOn, interests: [] },
      ],
    },
  };
}

/** Conflicts evidence. @internal */
export const conflictsEvidence: readonly PolicyCase[] = [
  {
    name: 'a business case decided in 44 days in 2009 by a PCT committee breaches no conflict-of-interest rule',
    entryPoint: 'checkConflictsOfInterest',
    asOf: '2009-06-30',
    input: caseInput({ submittedOn: '2009-04-06', decidedOn: '2009-05-20' }),
    expected: { summary: { rulesBreached: [], rulesWarned: [] } },
    source: 'digitalhealth-2009-03-vision',
  },
  {
    name: 'from March 2009 a business case decided after 60 days breaches the eight-week limit',
    entryPoint: 'checkConflictsOfInterest',
    asOf: '2009-06-30',
    input: caseInput({ submittedOn: '2009-04-06', decidedOn: '2009-06-05' }),
    expected: { summary: { rulesBreached: ['conflicts.decisionInTime'] } },
    source: 'digitalhealth-2009-03-vision',
  },
  {
    name: 'before March 2009 there was no national decision limit, so 60 days breaches nothing nationally',
    entryPoint: 'checkConflictsOfInterest',
    asOf: '2008-06-30',
    input: caseInput({ submittedOn: '2008-04-07', decidedOn: '2008-06-06', declaredOn: '2008-01-07' }),
    expected: { summary: { rulesBreached: [] } },
    source: 'digitalhealth-2009-03-vision',
  },
  {
    name: 'the PCT decides a business case, never the proposer',
    entryPoint: 'checkConflictsOfInterest',
    asOf: '2009-06-30',
    input: caseInput({ submittedOn: '2009-04-06', decidedOn: '2009-05-20', decidedBy: 'proposer' }),
    expected: { summary: { rulesBreached: ['conflicts.pctDecides'] } },
    source: 'dh-2004-engaging-practices',
  },
];
