import { analyseSensitivity, renderSensitivity } from '../../src/sensitivity/index.js';
import { sampleScenarioArea } from './scenario-data.js';

/**
 * The demo report's "how sure are we?" section (issue 16): the sample PCT's 2007/08 year re-run under
 * each alternative of every disputed or unconfirmed parameter it read (`analyseSensitivity`), printed
 * with `renderSensitivity`. About 4 evaluations of the sample PCT.
 */
export function howSureSection(): string {
  const asOf = '2008-06-30';
  const result = analyseSensitivity(sampleScenarioArea, { asOf });
  return [`── How sure are we? ${sampleScenarioArea.name}'s 2007/08 under the alternatives the sources support ──`, '', renderSensitivity(result)].join('\n');
}
